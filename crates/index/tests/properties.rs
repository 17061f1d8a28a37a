//! Properties over any input: the analyzer's ranges lie on character boundaries inside the
//! text, and the parser, the snippet and the whole-article highlighter never panic.

use marsad_index::analyzer::Analyzer;
use marsad_index::highlight::snippet;
use marsad_index::match_ranges;
use marsad_index::query::parse;
use proptest::prelude::*;

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
}
