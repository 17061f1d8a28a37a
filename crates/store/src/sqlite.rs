//! The store in one embedded SQLite database, `store.sqlite` in the store's folder.
//!
//! WAL journal: readers (a server, a search) go on while an ingest writes, and a killed
//! process loses at most the batch it was writing, never what was committed. Each
//! [`Store::write`] is one transaction.

use std::path::{Path, PathBuf};

use marsad_model::{Article, Record};
use rusqlite::{params, Connection, OpenFlags, OptionalExtension};

use crate::analysis::AnalysisCell;
use crate::error::StoreError;
use crate::rows::{write_article, IdCache, Statements};
use crate::schema;
use crate::types::*;
use crate::Store;

/// The database file inside a store folder.
pub const DATABASE_FILE: &str = "store.sqlite";

/// WAL pages written before a commit copies them into the database (SQLite's default is
/// 1,000, 4 MB). An ingest commits a batch of 256 articles at a time, each touching the
/// same index pages: checkpointing every few batches copied and synced those pages again
/// and again (6% of an ingest's CPU time on ANT). Crash safety does not depend on it: a
/// committed transaction is safe in the WAL whether or not it has been copied yet.
const CHECKPOINT_PAGES: i64 = 16_384;

pub struct SqliteStore {
    pub(crate) connection: Connection,
    pub(crate) path: PathBuf,
    ids: IdCache,
}

impl SqliteStore {
    /// Opens the store in folder `dir`, creating the folder and database when missing and
    /// migrating an older schema.
    pub fn open(dir: &Path) -> Result<Self, StoreError> {
        std::fs::create_dir_all(dir)
            .map_err(|err| StoreError::Io { path: dir.to_path_buf(), message: err.to_string() })?;
        let path = dir.join(DATABASE_FILE);
        let connection =
            Connection::open(&path).map_err(|source| StoreError::Database { path: path.clone(), source })?;
        Self::prepare(connection, path)
    }

    /// Opens an existing store read-only: for queries, which must not create a store where
    /// none is.
    pub fn open_read_only(dir: &Path) -> Result<Self, StoreError> {
        let path = dir.join(DATABASE_FILE);
        if !path.exists() {
            return Err(StoreError::Io {
                path,
                message: "no marsad store here (run `marsad ingest` first)".into(),
            });
        }
        let flags =
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI;
        let connection = Connection::open_with_flags(&path, flags)
            .map_err(|source| StoreError::Database { path: path.clone(), source })?;
        let store = SqliteStore { connection, path, ids: IdCache::default() };
        store.check_version()?;
        Ok(store)
    }

    /// A store in memory, for tests.
    pub fn open_in_memory() -> Result<Self, StoreError> {
        let path = PathBuf::from(":memory:");
        let connection = Connection::open_in_memory()
            .map_err(|source| StoreError::Database { path: path.clone(), source })?;
        Self::prepare(connection, path)
    }

    fn prepare(mut connection: Connection, path: PathBuf) -> Result<Self, StoreError> {
        let fail = |source| StoreError::Database { path: path.clone(), source };
        // NORMAL is durable across a killed process in WAL mode; only a power cut may lose
        // the last transactions, and never corrupts the database.
        connection
            .execute_batch("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -65536;")
            .map_err(fail)?;
        connection.busy_timeout(std::time::Duration::from_secs(10)).map_err(fail)?;
        connection.pragma_update(None, "wal_autocheckpoint", CHECKPOINT_PAGES).map_err(fail)?;
        let found = schema::version(&connection).map_err(fail)?;
        if found > schema::VERSION {
            return Err(StoreError::NewerSchema { path, found, known: schema::VERSION });
        }
        schema::migrate(&mut connection, found).map_err(fail)?;
        // A bulk load killed before its end left the query indexes unbuilt: the next writer
        // builds them before anything else, so queries never go on without them for long.
        if schema::query_indexes_missing(&connection).map_err(fail)? {
            schema::create_query_indexes(&mut connection).map_err(fail)?;
        }
        Ok(SqliteStore { connection, path, ids: IdCache::default() })
    }

    fn check_version(&self) -> Result<(), StoreError> {
        let found = schema::version(&self.connection).map_err(|source| self.fail(source))?;
        if found > schema::VERSION {
            return Err(StoreError::NewerSchema { path: self.path.clone(), found, known: schema::VERSION });
        }
        Ok(())
    }

    pub(crate) fn fail(&self, source: rusqlite::Error) -> StoreError {
        StoreError::Database { path: self.path.clone(), source }
    }

    /// The database file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn corrupt(&self, key: u64, message: String) -> StoreError {
        StoreError::Corrupt { path: self.path.clone(), key, message }
    }

    /// The analysis stored for `key` (an original, not an exact copy) and its article text.
    fn analysis_of(&self, key: u64) -> Result<Option<(String, AnalysisCell)>, StoreError> {
        let found = self
            .connection
            .prepare_cached("SELECT text, analysis FROM articles WHERE key = ?1 AND analysis IS NOT NULL")
            .and_then(|mut statement| {
                statement
                    .query_row([key as i64], |row| Ok((row.get(0)?, AnalysisCell::read(row, 1)?)))
                    .optional()
            })
            .map_err(|source| self.fail(source))?;
        Ok(found.and_then(|(text, analysis)| analysis.map(|analysis| (text, analysis))))
    }

    fn record_of(
        &self,
        key: u64,
        article: Article,
        text: String,
        analysis: &AnalysisCell,
    ) -> Result<Record, StoreError> {
        let analysis = analysis.decode().map_err(|message| self.corrupt(key, message))?;
        Ok(Record {
            sentences: analysis.sentences,
            mentions: analysis.mentions,
            events: analysis.events,
            claims: analysis.claims,
            text,
            ..Record::from_article(article)
        })
    }
}

/// One row of `articles` with its source's name.
struct ArticleRow {
    key: u64,
    article: Article,
    text: Option<String>,
    analysis: Option<AnalysisCell>,
    duplicate_of: Option<u64>,
    distance: Option<u32>,
}

const ARTICLE_COLUMNS: &str = "a.key, a.article_id, s.name, a.url, a.title, a.published, a.text, a.analysis, a.duplicate_of, a.duplicate_distance
     FROM articles a LEFT JOIN sources s ON s.id = a.source";

fn article_row(row: &rusqlite::Row) -> rusqlite::Result<ArticleRow> {
    Ok(ArticleRow {
        key: row.get::<_, i64>(0)? as u64,
        article: Article {
            id: row.get(1)?,
            source: row.get(2)?,
            url: row.get(3)?,
            title: row.get(4)?,
            published: row.get(5)?,
            text: String::new(),
        },
        text: row.get(6)?,
        analysis: AnalysisCell::read(row, 7)?,
        duplicate_of: row.get::<_, Option<i64>>(8)?.map(|key| key as u64),
        distance: row.get(9)?,
    })
}

impl ArticleRow {
    fn duplicate(&self) -> Option<Duplicate> {
        self.duplicate_of.map(|of| Duplicate {
            of,
            kind: match self.distance {
                Some(distance) => DuplicateKind::Near { distance },
                None => DuplicateKind::Exact,
            },
        })
    }
}

impl Store for SqliteStore {
    fn next_key(&self) -> Result<u64, StoreError> {
        let largest: Option<i64> = self
            .connection
            .query_row("SELECT max(key) FROM articles", [], |row| row.get(0))
            .map_err(|source| self.fail(source))?;
        Ok(largest.map_or(1, |key| key as u64 + 1))
    }

    fn stored_content(&self, source: Option<&str>, article_id: &str) -> Result<Option<[u8; 16]>, StoreError> {
        let found: Option<Vec<u8>> = self
            .connection
            .prepare_cached(
                // `IS` compares NULLs as equal: an article without a source is found only
                // under no source, and an unknown source name finds nothing.
                "SELECT content FROM articles WHERE article_id = ?1 AND source IS
                   (CASE WHEN ?2 IS NULL THEN NULL ELSE ifnull((SELECT id FROM sources WHERE name = ?2), -1) END)",
            )
            .and_then(|mut statement| statement.query_row(params![article_id, source], |row| row.get(0)).optional())
            .map_err(|source| self.fail(source))?;
        Ok(found.and_then(|bytes| bytes.try_into().ok()))
    }

    fn key_of_content(&self, content: &[u8; 16]) -> Result<Option<u64>, StoreError> {
        self.connection
            .prepare_cached(
                "SELECT ifnull(duplicate_of, key) FROM articles
                 WHERE content = ?1 AND (duplicate_of IS NULL OR duplicate_distance IS NOT NULL) ORDER BY key LIMIT 1",
            )
            .and_then(|mut statement| statement.query_row([&content[..]], |row| row.get::<_, i64>(0)).optional())
            .map(|key| key.map(|key| key as u64))
            .map_err(|source| self.fail(source))
    }

    fn simhashes(&self) -> Result<Vec<(u64, u64)>, StoreError> {
        let mut statement = self
            .connection
            .prepare("SELECT ifnull(duplicate_of, key), simhash FROM articles WHERE simhash IS NOT NULL AND analysis IS NOT NULL ORDER BY key")
            .map_err(|source| self.fail(source))?;
        let rows = statement
            .query_map([], |row| Ok((row.get::<_, i64>(0)? as u64, row.get::<_, i64>(1)? as u64)))
            .and_then(|rows| rows.collect::<Result<Vec<_>, _>>());
        rows.map_err(|source| self.fail(source))
    }

    fn write(&mut self, batch: &[NewArticle]) -> Result<(), StoreError> {
        let result = write_batch(&mut self.connection, &mut self.ids, batch);
        if result.is_err() {
            // Ids first seen in the failed transaction were rolled back with it.
            self.ids = IdCache::default();
        }
        result.map_err(|source| self.fail(source))
    }

    fn begin_bulk_load(&mut self) -> Result<(), StoreError> {
        if self.next_key()? > 1 {
            return Ok(());
        }
        schema::drop_query_indexes(&mut self.connection).map_err(|source| self.fail(source))
    }

    fn end_bulk_load(&mut self) -> Result<(), StoreError> {
        let missing = schema::query_indexes_missing(&self.connection).map_err(|source| self.fail(source))?;
        if missing {
            schema::create_query_indexes(&mut self.connection).map_err(|source| self.fail(source))?;
        }
        Ok(())
    }

    fn indexable_after(&self, after: Option<u64>, limit: usize) -> Result<Vec<IndexableArticle>, StoreError> {
        let sql = format!(
            "SELECT {ARTICLE_COLUMNS} WHERE a.key > ?1 AND a.analysis IS NOT NULL ORDER BY a.key LIMIT ?2"
        );
        let rows = self.article_rows(&sql, params![after.map_or(-1, |key| key as i64), limit as i64])?;
        let mut articles = Vec::with_capacity(rows.len());
        for row in rows {
            let (Some(text), Some(analysis)) = (row.text, row.analysis) else { continue };
            let record = self.record_of(row.key, row.article, text, &analysis)?;
            articles.push(IndexableArticle::of(row.key, &record));
        }
        Ok(articles)
    }

    fn article(&self, key: u64) -> Result<Option<StoredArticle>, StoreError> {
        let sql = format!("SELECT {ARTICLE_COLUMNS} WHERE a.key = ?1");
        let Some(row) = self.article_rows(&sql, params![key as i64])?.pop() else { return Ok(None) };
        let duplicate = row.duplicate();
        let (text, analysis) = match (row.text, row.analysis) {
            (Some(text), Some(analysis)) => (text, analysis),
            // An exact copy: its original's text and analysis.
            _ => match row.duplicate_of.map(|of| self.analysis_of(of)).transpose()?.flatten() {
                Some(found) => found,
                None => return Ok(None),
            },
        };
        let record = self.record_of(key, row.article, text, &analysis)?;
        Ok(Some(StoredArticle { key, record, duplicate }))
    }

    fn keys_of_id(&self, article_id: &str) -> Result<Vec<u64>, StoreError> {
        let mut statement = self
            .connection
            .prepare_cached("SELECT key FROM articles WHERE article_id = ?1 ORDER BY key")
            .map_err(|source| self.fail(source))?;
        let keys = statement
            .query_map([article_id], |row| row.get::<_, i64>(0).map(|key| key as u64))
            .and_then(|rows| rows.collect::<Result<Vec<_>, _>>());
        keys.map_err(|source| self.fail(source))
    }

    fn events(&self, query: &EventQuery) -> Result<Vec<EventSummary>, StoreError> {
        crate::query::events(self, query)
    }

    fn event_days(&self, query: &EventQuery) -> Result<Vec<DayCount>, StoreError> {
        crate::query::event_days(self, query)
    }

    fn event_places(&self, query: &EventQuery) -> Result<Vec<PlaceCount>, StoreError> {
        crate::query::event_places(self, query)
    }

    fn entities(&self, query: &EntityQuery) -> Result<Vec<EntitySummary>, StoreError> {
        crate::query::entities(self, query)
    }

    fn sources(&self) -> Result<Vec<SourceSummary>, StoreError> {
        crate::query::sources(self)
    }

    fn duplicate_groups(&self, limit: usize) -> Result<Vec<DuplicateGroup>, StoreError> {
        crate::query::duplicate_groups(self, limit)
    }

    fn stats(&self) -> Result<Stats, StoreError> {
        crate::query::stats(self)
    }
}

impl SqliteStore {
    fn article_rows(&self, sql: &str, params: impl rusqlite::Params) -> Result<Vec<ArticleRow>, StoreError> {
        let mut statement = self.connection.prepare_cached(sql).map_err(|source| self.fail(source))?;
        let rows =
            statement.query_map(params, article_row).and_then(|rows| rows.collect::<Result<Vec<_>, _>>());
        rows.map_err(|source| self.fail(source))
    }
}

fn write_batch(connection: &mut Connection, ids: &mut IdCache, batch: &[NewArticle]) -> rusqlite::Result<()> {
    let transaction = connection.transaction()?;
    {
        let mut statements = Statements::new(&transaction)?;
        for article in batch {
            write_article(&mut statements, ids, article)?;
        }
    }
    transaction.commit()
}
