//! The analysis pipeline: one article in, its analysis record (CONTRACT.md) out.
//!
//! Pure and deterministic: no I/O, and no panic on any text. The text engine works in byte
//! ranges; this is where they become the **character** offsets that records carry, so every
//! span of a record indexes [`Record::text`], the article body exactly as read.
//!
//! Today the record holds the sentences and the quantities the number parser finds; actors,
//! places, dates, events and claims come with the recognizers and extractors.

use marsad_model::{Article, Mention, MentionInfo, Record};
use marsad_text::number::{find_quantities, Quantity};
use marsad_text::offsets::CharIndex;
use marsad_text::sentence::split_sentences;
use marsad_text::token::tokenize;

/// Analyzes one article.
pub fn analyze(article: Article) -> Record {
    let mut record = Record::from_article(article);
    let text = record.text.as_str();
    let chars = CharIndex::new(text);
    let tokens = tokenize(text);
    let sentences = split_sentences(text)
        .into_iter()
        .map(|range| [chars.char_offset(range.start), chars.char_offset(range.end)])
        .collect();
    let mentions = find_quantities(text, &tokens)
        .iter()
        .enumerate()
        .map(|(id, quantity)| quantity_mention(id, quantity, text, &chars))
        .collect();
    record.sentences = sentences;
    record.mentions = mentions;
    record
}

fn quantity_mention(id: usize, quantity: &Quantity, text: &str, chars: &CharIndex) -> Mention {
    Mention {
        id,
        start: chars.char_offset(quantity.start),
        end: chars.char_offset(quantity.end),
        text: text
            .get(quantity.start..quantity.end)
            .unwrap_or("")
            .to_string(),
        info: MentionInfo::Quantity {
            value: quantity.value,
            unit: quantity.unit.map(str::to_string),
            approximate: quantity.approximate,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(text: &str) -> Article {
        Article {
            id: "t".into(),
            text: text.into(),
            ..Article::default()
        }
    }

    /// The text between two character offsets.
    fn slice(text: &str, start: usize, end: usize) -> String {
        text.chars().skip(start).take(end - start).collect()
    }

    #[test]
    fn spans_are_character_offsets_into_the_original() {
        let text = "قُتل ثلاثة آلاف مقاتل. وأصيب ٢٠ مدنياً!";
        let record = analyze(article(text));
        assert_eq!(record.sentences.len(), 2);
        assert!(!record.mentions.is_empty());
        for mention in &record.mentions {
            assert_eq!(slice(text, mention.start, mention.end), mention.text);
        }
        for [start, end] in &record.sentences {
            assert!(start < end && *end <= text.chars().count());
        }
    }

    #[test]
    fn keeps_the_article_fields() {
        let record = analyze(Article {
            id: "a".into(),
            source: Some("example-wire".into()),
            published: Some("2018-06-12".into()),
            text: "نص".into(),
            ..Article::default()
        });
        assert_eq!(record.source.as_deref(), Some("example-wire"));
        assert_eq!(record.published.as_deref(), Some("2018-06-12"));
        assert!(record.events.is_empty() && record.claims.is_empty());
    }

    #[test]
    fn an_empty_text_gives_an_empty_record() {
        let record = analyze(article(""));
        assert!(record.sentences.is_empty() && record.mentions.is_empty());
    }
}
