//! The `articles.analysis` column: a record without the article's own fields, as JSON.
//!
//! Since schema version 2 a new row holds that JSON compressed with LZ4 (a BLOB: the JSON's
//! length as four little-endian bytes, then the LZ4 block). The JSON was 40% of a database's
//! bytes, and every byte was written twice (the WAL, then the checkpoint); compressed it is
//! about a third as large, and LZ4 costs less than writing the pages it saves. Rows written
//! before version 2 keep their JSON as TEXT and are read as they are: the cell's own type
//! says which it is, so an old store needs no rewrite.

use marsad_model::{Claim, Event, Mention, Record};
use rusqlite::types::ValueRef;
use serde::{Deserialize, Serialize};

/// LZ4 expands a block at most about 255 times: a stored length beyond that is corruption,
/// not an article, and must not be allocated.
const MAX_RATIO: usize = 255;

/// The analysis as the column keeps it: a record's sentences, mentions, events and claims.
#[derive(Deserialize)]
pub struct StoredAnalysis {
    pub sentences: Vec<[usize; 2]>,
    pub mentions: Vec<Mention>,
    pub events: Vec<Event>,
    pub claims: Vec<Claim>,
}

/// The same, borrowed from a record, for writing.
#[derive(Serialize)]
struct AnalysisRef<'a> {
    sentences: &'a [[usize; 2]],
    mentions: &'a [Mention],
    events: &'a [Event],
    claims: &'a [Claim],
}

/// A cell of the analysis column as read: JSON text (before version 2) or compressed JSON.
pub enum AnalysisCell {
    Json(String),
    Lz4(Vec<u8>),
}

impl AnalysisCell {
    /// The cell of column `index`, none when it is NULL (an exact copy).
    pub fn read(row: &rusqlite::Row, index: usize) -> rusqlite::Result<Option<Self>> {
        Ok(match row.get_ref(index)? {
            ValueRef::Null => None,
            ValueRef::Text(bytes) => Some(AnalysisCell::Json(
                String::from_utf8(bytes.to_vec())
                    .map_err(|err| rusqlite::Error::Utf8Error(err.utf8_error()))?,
            )),
            ValueRef::Blob(bytes) => Some(AnalysisCell::Lz4(bytes.to_vec())),
            other => {
                return Err(rusqlite::Error::InvalidColumnType(index, "analysis".into(), other.data_type()))
            }
        })
    }

    /// The analysis the cell holds; a message saying what is wrong when it cannot be read.
    pub fn decode(&self) -> Result<StoredAnalysis, String> {
        match self {
            AnalysisCell::Json(json) => serde_json::from_str(json).map_err(|err| err.to_string()),
            AnalysisCell::Lz4(bytes) => {
                let json = decompress(bytes)?;
                serde_json::from_slice(&json).map_err(|err| err.to_string())
            }
        }
    }
}

/// The analysis of `record` as the column keeps it now: compressed JSON.
pub fn encode(record: &Record) -> Vec<u8> {
    let analysis = AnalysisRef {
        sentences: &record.sentences,
        mentions: &record.mentions,
        events: &record.events,
        claims: &record.claims,
    };
    // Writing JSON into a Vec fails only on a map with non-string keys, which no record has.
    let json = serde_json::to_vec(&analysis).unwrap_or_default();
    lz4_flex::compress_prepend_size(&json)
}

/// The JSON of a compressed cell, its stated length checked before anything is allocated.
fn decompress(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let Some(length) = bytes.get(..4) else { return Err("compressed analysis too short".into()) };
    let length = u32::from_le_bytes([length[0], length[1], length[2], length[3]]) as usize;
    if length > bytes.len().saturating_mul(MAX_RATIO) {
        return Err(format!("compressed analysis claims {length} bytes from {}", bytes.len()));
    }
    lz4_flex::decompress_size_prepended(bytes).map_err(|err| err.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use marsad_model::Article;

    fn record() -> Record {
        let article = Article {
            id: "a1".into(),
            source: None,
            url: None,
            title: None,
            published: None,
            text: "قصفت الطائرات مدينة حلب".into(),
        };
        Record { sentences: vec![[0, 23]], ..Record::from_article(article) }
    }

    #[test]
    fn a_compressed_analysis_reads_back_as_the_json_did() {
        let record = record();
        let compressed = AnalysisCell::Lz4(encode(&record)).decode().unwrap();
        assert_eq!(compressed.sentences, record.sentences);
        let json = r#"{"sentences":[[0,23]],"mentions":[],"events":[],"claims":[]}"#;
        let old = AnalysisCell::Json(json.into()).decode().unwrap();
        assert_eq!(old.sentences, compressed.sentences);
    }

    #[test]
    fn a_corrupt_cell_is_an_error_not_a_panic_or_a_huge_allocation() {
        assert!(AnalysisCell::Lz4(vec![1, 2]).decode().is_err());
        assert!(AnalysisCell::Lz4(vec![0xff, 0xff, 0xff, 0x7f, 0, 0]).decode().is_err());
        assert!(AnalysisCell::Lz4(vec![20, 0, 0, 0, 0xf0, 1]).decode().is_err());
        assert!(AnalysisCell::Json("{".into()).decode().is_err());
    }
}
