//! Properties over any input: the analyzer's ranges lie on character boundaries inside the
//! text, and the parser, the snippet and the whole-article highlighter never panic.

use marsad_index::analyzer::Analyzer;
use marsad_index::highlight::snippet;
use marsad_index::query::parse;
use marsad_index::{match_ranges, IndexDoc, IndexError, SearchIndex, SearchRequest};
use proptest::prelude::*;
use std::sync::OnceLock;

/// A small index shared by the cases: building one per case would dominate the run.
fn small_index() -> &'static SearchIndex {
    static INDEX: OnceLock<SearchIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let index = SearchIndex::open_in_ram().unwrap();
        let mut writer = index.writer(30_000_000).unwrap();
        let texts = ["قصف الجيش السوري مواقع في حلب", "قالت الخارجية الأميركية #حزب_الله", "U.S. 3,000 ٣٠٠٠"];
        for (key, text) in texts.iter().enumerate() {
            let id = key.to_string();
            writer.add(&IndexDoc { key: key as u64, article_id: &id, text, ..IndexDoc::default() }).unwrap();
        }
        writer.commit(3).unwrap();
        index
    })
}

/// Text mixing Arabic letters, harakat, tatweel, digits of three scripts, Latin, quotes,
/// punctuation, hashtags, controls and white space, or anything at all.
fn text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "و",
        "ل",
        "ال",
        "بغداد",
        "أمريكية",
        "ـ",
        "\u{064B}",
        "\u{0651}",
        "٣",
        "۳",
        "3,000",
        "#",
        "_",
        "\"",
        "«",
        "»",
        "(",
        ")",
        "-",
        "AND",
        "OR",
        "NOT",
        " ",
        "\n",
        "\u{200F}",
        "\u{200C}",
        "ﻻ",
        "U.S.",
        "http://x.y/z",
        "a@b.cd",
        "،",
        ".",
        "🙂",
        "é",
    ]);
    prop_oneof![prop::collection::vec(pieces, 0..40).prop_map(|parts| parts.concat()), any::<String>(),]
}

proptest! {
    #[test]
    fn term_ranges_are_char_boundaries_inside_the_text(text in text()) {
        for term in Analyzer::new().terms(&text) {
            prop_assert!(term.range.start < term.range.end);
            prop_assert!(term.range.end <= text.len());
            prop_assert!(text.is_char_boundary(term.range.start));
            prop_assert!(text.is_char_boundary(term.range.end));
            prop_assert!(!term.key.is_empty());
        }
    }

    #[test]
    fn parsing_and_highlighting_never_panic(query in text(), article in text(), width in 0usize..300) {
        let mut analyzer = Analyzer::new();
        if let Ok(parsed) = parse(&query, &mut analyzer) {
            let found = snippet(&mut analyzer, &article, &parsed.highlighted(), width);
            let total = article.chars().count();
            prop_assert!(found.in_article.start <= found.in_article.end && found.in_article.end <= total);
            for highlight in found.highlights {
                prop_assert!(highlight.in_snippet.end <= found.text.chars().count());
            }
        }
        let _ = match_ranges(&query, &article);
    }

    #[test]
    fn searching_answers_or_says_what_is_wrong_with_the_query(query in text(), offset in 0usize..5, limit in 0usize..5) {
        let request = SearchRequest { offset, limit, ..SearchRequest::new(query) };
        match small_index().search(&request) {
            Ok(results) => prop_assert!(results.hits.len() <= limit && results.total <= 3),
            Err(error) => prop_assert!(matches!(error, IndexError::Query(_)), "{error}"),
        }
    }
}
