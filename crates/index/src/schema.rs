//! The index's fields, and how an [`IndexDoc`] becomes a tantivy document.
//!
//! | field | kind | why |
//! |---|---|---|
//! | `key` | u64, indexed, fast, stored | delete by key; the tie-break of equal scores |
//! | `article_id` | string, stored | shown in hits |
//! | `source` | raw string, indexed, stored | the exact source filter |
//! | `published` | string, stored | shown in hits as given |
//! | `day` | u64 `YYYYMMDD`, fast | the date range filter |
//! | `title`, `text` | Arabic analyzer, positions, stored | search, phrases, snippets |
//! | `actor`, `place`, `event_type` | raw strings, many per article | the entity filters |

use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, FAST, INDEXED, STORED, STRING,
};
use tantivy::TantivyDocument;

use crate::tokenizer::TOKENIZER_NAME;

/// One article as the store hands it to the index.
#[derive(Debug, Clone, Copy, Default)]
pub struct IndexDoc<'a> {
    /// The store's article row id: one document per key ([`crate::Writer::add`] replaces).
    pub key: u64,
    pub article_id: &'a str,
    pub source: Option<&'a str>,
    /// `YYYY-MM-DD`, possibly followed by a time; anything else counts as no date.
    pub published: Option<&'a str>,
    pub title: Option<&'a str>,
    pub text: &'a str,
    /// Canonical entity keys, as the caller resolved them.
    pub actors: &'a [String],
    pub places: &'a [String],
    /// PLOVER event types.
    pub event_types: &'a [String],
}

/// The fields of the schema, looked up once.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Fields {
    pub key: Field,
    pub article_id: Field,
    pub source: Field,
    pub published: Field,
    pub day: Field,
    pub title: Field,
    pub text: Field,
    pub actor: Field,
    pub place: Field,
    pub event_type: Field,
}

pub(crate) const KEY_FIELD: &str = "key";

impl Fields {
    /// The schema and its fields.
    pub fn build() -> (Schema, Fields) {
        let analyzed = TextOptions::default().set_stored().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(TOKENIZER_NAME)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        );
        let mut builder = Schema::builder();
        let fields = Fields {
            key: builder.add_u64_field(KEY_FIELD, INDEXED | FAST | STORED),
            article_id: builder.add_text_field("article_id", STORED),
            source: builder.add_text_field("source", STRING | STORED),
            published: builder.add_text_field("published", STORED),
            day: builder.add_u64_field("day", INDEXED | FAST),
            title: builder.add_text_field("title", analyzed.clone()),
            text: builder.add_text_field("text", analyzed),
            actor: builder.add_text_field("actor", STRING),
            place: builder.add_text_field("place", STRING),
            event_type: builder.add_text_field("event_type", STRING),
        };
        (builder.build(), fields)
    }

    /// The tantivy document of one article.
    pub fn document(&self, doc: &IndexDoc) -> TantivyDocument {
        let mut document = TantivyDocument::new();
        document.add_u64(self.key, doc.key);
        document.add_text(self.article_id, doc.article_id);
        if let Some(source) = doc.source {
            document.add_text(self.source, source);
        }
        if let Some(published) = doc.published {
            document.add_text(self.published, published);
            if let Some(day) = day_number(published) {
                document.add_u64(self.day, day);
            }
        }
        if let Some(title) = doc.title {
            document.add_text(self.title, title);
        }
        document.add_text(self.text, doc.text);
        let keyed = [(self.actor, doc.actors), (self.place, doc.places), (self.event_type, doc.event_types)];
        for (field, keys) in keyed {
            for key in keys {
                document.add_text(field, key);
            }
        }
        document
    }
}

/// `YYYY-MM-DD…` as the number `YYYYMMDD`, which orders like the date; `None` for anything
/// that does not start with a plausible date.
pub(crate) fn day_number(date: &str) -> Option<u64> {
    let head = date.get(..10)?;
    let bytes = head.as_bytes();
    if bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let number = |range: std::ops::Range<usize>| -> Option<u64> {
        let digits = head.get(range)?;
        digits.bytes().all(|b| b.is_ascii_digit()).then(|| digits.parse().ok())?
    };
    let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
    let plausible = (1..=12).contains(&month) && (1..=31).contains(&day);
    plausible.then_some(year * 10_000 + month * 100 + day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_numbers_that_order_like_dates() {
        assert_eq!(day_number("2019-03-07"), Some(20190307));
        assert_eq!(day_number("2019-03-07T10:00:00Z"), Some(20190307));
        assert_eq!(day_number("2019-13-07"), None);
        assert_eq!(day_number("2019/03/07"), None);
        assert_eq!(day_number("٢٠١٩-03-07"), None);
        assert_eq!(day_number("2019-3-7"), None);
        assert_eq!(day_number(""), None);
    }
}
