//! The `articles.analysis` column: a record without the article's own fields.
//!
//! Three forms, the cell telling which (so an old store needs no rewrite):
//! - before schema version 2, JSON as TEXT;
//! - version 2, that JSON compressed with LZ4, a BLOB: the JSON's length as four
//!   little-endian bytes, then the LZ4 block. The JSON was 40% of a database's bytes;
//! - since version 3, a BLOB packed field by field (`packed.rs`), starting with
//!   [`crate::packed::MAGIC`]: a third smaller than the compressed JSON, and written without
//!   making JSON or compressing it, which cost 4–5% of an ingest's instructions.

use marsad_model::{Claim, Event, Mention, Record};
use rusqlite::types::ValueRef;
use serde::Deserialize;

use crate::packed::{pack, unpack, AnalysisParts, MAGIC};

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

/// A cell of the analysis column as read: JSON text (before version 2), or a BLOB of
/// compressed JSON (version 2) or of a packed analysis (since version 3).
pub enum AnalysisCell {
    Json(String),
    Blob(Vec<u8>),
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
            ValueRef::Blob(bytes) => Some(AnalysisCell::Blob(bytes.to_vec())),
            other => {
                return Err(rusqlite::Error::InvalidColumnType(index, "analysis".into(), other.data_type()))
            }
        })
    }

    /// The analysis the cell holds; a message saying what is wrong when it cannot be read.
    pub fn decode(&self) -> Result<StoredAnalysis, String> {
        match self {
            AnalysisCell::Json(json) => serde_json::from_str(json).map_err(|err| err.to_string()),
            AnalysisCell::Blob(bytes) if bytes.starts_with(&MAGIC) => unpack(bytes),
            AnalysisCell::Blob(bytes) => {
                let json = decompress(bytes)?;
                serde_json::from_slice(&json).map_err(|err| err.to_string())
            }
        }
    }
}

/// The analysis of `record` as the column keeps it now: packed.
pub fn encode(record: &Record) -> Vec<u8> {
    let analysis = AnalysisParts {
        sentences: &record.sentences,
        mentions: &record.mentions,
        events: &record.events,
        claims: &record.claims,
    };
    pack(&analysis)
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
    use marsad_model::{Article, MentionInfo, Span};

    fn span(start: usize, end: usize, text: &str) -> Span {
        Span { start, end, text: text.into() }
    }

    /// A record with every kind of mention, an event and a claim, and strings met twice.
    fn record() -> Record {
        let article = Article {
            id: "a1".into(),
            source: None,
            url: None,
            title: None,
            published: None,
            text: "قال الجيش إن الطائرات قصفت حلب أمس وقتلت 3.5 مقاتلين".into(),
        };
        let mention = |id, start, end, text: &str, info| Mention { id, start, end, text: text.into(), info };
        let mentions = vec![
            mention(
                0,
                4,
                9,
                "الجيش",
                MentionInfo::Actor {
                    canonical: Some("Army".into()),
                    actor_type: Some("MIL".into()),
                    entry: None,
                    country: Some("SY".into()),
                },
            ),
            mention(
                1,
                27,
                30,
                "حلب",
                MentionInfo::Place {
                    canonical: Some("Aleppo".into()),
                    lat: Some(36.2021),
                    lon: Some(37.1343),
                    scale: Some("city".into()),
                    entry: Some("sy-aleppo".into()),
                    country: Some("SY".into()),
                    admin1: None,
                    region: Some(span(27, 30, "حلب")),
                },
            ),
            mention(2, 31, 34, "أمس", MentionInfo::Date { value: "2018-06-20".into() }),
            mention(3, 41, 44, "ثلاثة", MentionInfo::Quantity { value: 3.5, unit: None, approximate: true }),
        ];
        let event = Event {
            event_type: "ASSAULT".into(),
            mode: Some("aerial".into()),
            sentence: 0,
            trigger: span(22, 26, "قصفت"),
            actor: vec![0],
            target: vec![],
            place: vec![1],
            date: Some(2),
            claimed_by: vec![0],
            negated: false,
            hedged: true,
            dead: Some(3),
            injured: None,
            claim: Some(0),
        };
        let claim = Claim {
            sentence: 0,
            speaker: vec![0],
            speaker_text: Some("الجيش".into()),
            cue: span(0, 3, "قال"),
            kind: "assert".into(),
            start: 13,
            end: 53,
        };
        Record {
            sentences: vec![[0, 53]],
            mentions,
            events: vec![event],
            claims: vec![claim],
            ..Record::from_article(article)
        }
    }

    fn parts(analysis: StoredAnalysis) -> (Vec<[usize; 2]>, Vec<Mention>, Vec<Event>, Vec<Claim>) {
        (analysis.sentences, analysis.mentions, analysis.events, analysis.claims)
    }

    fn expected(record: &Record) -> (Vec<[usize; 2]>, Vec<Mention>, Vec<Event>, Vec<Claim>) {
        (record.sentences.clone(), record.mentions.clone(), record.events.clone(), record.claims.clone())
    }

    #[test]
    fn a_packed_analysis_reads_back_field_for_field() {
        let record = record();
        let packed = AnalysisCell::Blob(encode(&record)).decode().unwrap();
        assert_eq!(parts(packed), expected(&record));
    }

    #[test]
    fn older_cells_read_as_they_did() {
        let record = record();
        let json = serde_json::json!({
            "sentences": record.sentences,
            "mentions": record.mentions,
            "events": record.events,
            "claims": record.claims,
        })
        .to_string();
        let compressed = lz4_flex::compress_prepend_size(json.as_bytes());
        let from_blob = AnalysisCell::Blob(compressed).decode().unwrap();
        assert_eq!(parts(from_blob), expected(&record));
        let from_text = AnalysisCell::Json(json).decode().unwrap();
        assert_eq!(parts(from_text), expected(&record));
    }

    #[test]
    fn a_corrupt_cell_is_an_error_not_a_panic_or_a_huge_allocation() {
        assert!(AnalysisCell::Blob(vec![1, 2]).decode().is_err());
        assert!(AnalysisCell::Blob(vec![0xff, 0xff, 0xff, 0x7f, 0, 0]).decode().is_err());
        assert!(AnalysisCell::Blob(vec![20, 0, 0, 0, 0xf0, 1]).decode().is_err());
        assert!(AnalysisCell::Json("{".into()).decode().is_err());
        let record = record();
        let packed = encode(&record);
        for cut in MAGIC.len()..packed.len() {
            assert!(AnalysisCell::Blob(packed[..cut].to_vec()).decode().is_err(), "{cut}");
        }
        let mut huge = MAGIC.to_vec();
        huge.extend_from_slice(&[0xff, 0xff, 0xff, 0xff, 0x0f]);
        assert!(AnalysisCell::Blob(huge).decode().is_err());
    }
}
