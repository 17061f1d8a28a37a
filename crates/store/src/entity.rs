//! Queries for one actor's or place's page: the claims an actor makes, the outlets that
//! mention an entity, and the duplicate group of one article.

use rusqlite::params;
use serde::Serialize;

use crate::error::StoreError;
use crate::sqlite::SqliteStore;
use crate::types::{DuplicateGroup, DuplicateMember, EntityKind};

/// A claim with its article, as an actor's page lists it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClaimSummary {
    pub article_key: u64,
    pub article_id: String,
    pub source: Option<String>,
    pub published: Option<String>,
    /// The claim's index in its article's record.
    pub index: usize,
    /// `assert`, `deny`, `accuse`, `hedge` or `other`.
    pub kind: String,
    pub cue: String,
    pub speaker_text: Option<String>,
}

/// How often one outlet mentions an entity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OutletCount {
    pub source: Option<String>,
    pub articles: u64,
    pub mentions: u64,
}

impl SqliteStore {
    /// Up to `limit` claims whose speaker is the actor `entry`, newest article first.
    pub fn claims_by(&self, entry: &str, limit: usize) -> Result<Vec<ClaimSummary>, StoreError> {
        let sql = "SELECT DISTINCT c.article, a.article_id, s.name, a.published, c.idx, c.kind, c.cue, c.speaker_text
             FROM claim_speakers p JOIN entities n ON n.id = p.entity
             JOIN claims c ON c.article = p.article AND c.idx = p.claim
             JOIN articles a ON a.key = c.article LEFT JOIN sources s ON s.id = a.source
             WHERE n.kind = 'actor' AND n.entry = ?1
             ORDER BY a.published DESC, c.article DESC, c.idx LIMIT ?2";
        let read = || -> rusqlite::Result<Vec<ClaimSummary>> {
            let mut statement = self.connection.prepare_cached(sql)?;
            let rows = statement.query_map(params![entry, limit as i64], |row| {
                Ok(ClaimSummary {
                    article_key: row.get::<_, i64>(0)? as u64,
                    article_id: row.get(1)?,
                    source: row.get(2)?,
                    published: row.get(3)?,
                    index: row.get::<_, i64>(4)? as usize,
                    kind: row.get(5)?,
                    cue: row.get(6)?,
                    speaker_text: row.get(7)?,
                })
            })?;
            rows.collect()
        };
        read().map_err(|source| self.fail(source))
    }

    /// The outlets that mention the entity `entry`, most articles first.
    pub fn outlets_of(&self, kind: EntityKind, entry: &str) -> Result<Vec<OutletCount>, StoreError> {
        let sql = "SELECT s.name, count(DISTINCT m.article), count(*)
             FROM entities n JOIN mentions m ON m.entity = n.id
             JOIN articles a ON a.key = m.article LEFT JOIN sources s ON s.id = a.source
             WHERE n.kind = ?1 AND n.entry = ?2
             GROUP BY a.source ORDER BY 2 DESC, s.name";
        let read = || -> rusqlite::Result<Vec<OutletCount>> {
            let mut statement = self.connection.prepare_cached(sql)?;
            let rows = statement.query_map(params![kind.as_str(), entry], |row| {
                Ok(OutletCount {
                    source: row.get(0)?,
                    articles: row.get::<_, i64>(1)? as u64,
                    mentions: row.get::<_, i64>(2)? as u64,
                })
            })?;
            rows.collect()
        };
        read().map_err(|source| self.fail(source))
    }

    /// The duplicate group the article `key` belongs to, when it has other members.
    pub fn duplicate_group_of(&self, key: u64) -> Result<Option<DuplicateGroup>, StoreError> {
        let read = || -> rusqlite::Result<Vec<DuplicateMember>> {
            let group: i64 = self.connection.query_row(
                "SELECT ifnull(duplicate_of, key) FROM articles WHERE key = ?1",
                [key as i64],
                |row| row.get(0),
            )?;
            crate::query::group_members(&self.connection, group)
        };
        match read() {
            Ok(members) if members.len() > 1 => Ok(Some(DuplicateGroup { key: members[0].key, members })),
            Ok(_) | Err(rusqlite::Error::QueryReturnedNoRows) => Ok(None),
            Err(source) => Err(self.fail(source)),
        }
    }
}
