//! Property tests of the text engine: offsets on character boundaries and inside the text,
//! lossless segmentation, idempotent folding, and no panic on any input — mixed scripts, RTL
//! marks, lone combining marks, presentation forms and broken quotes included.

use marsad_text::clitic::Segmenter;
use marsad_text::fold::{fold, fold_key, fold_marking};
use marsad_text::number::find_quantities;
use marsad_text::offsets::CharIndex;
use marsad_text::sentence::split_sentences;
use marsad_text::stem::stem;
use marsad_text::token::{is_separator, tokenize, word_bounds, KeyedTokens, TokenKind};
use proptest::prelude::*;

/// Pieces Arabic news is made of, and the odd characters it carries.
const PIECES: &[&str] = &[
    "ال",
    "و",
    "ب",
    "ل",
    "لل",
    "ف",
    "س",
    "داعش",
    "قسد",
    "الجيش",
    "دير الزور",
    "بغداد",
    "قواته",
    "منها",
    "ـ",
    "\u{064B}",
    "\u{0651}",
    "\u{0652}",
    "\u{0670}",
    "أ",
    "إ",
    "آ",
    "ى",
    "ة",
    "ؤ",
    "ئ",
    "ء",
    "\u{FEFB}",
    "\u{FDF2}",
    "\u{FE70}",
    "\u{FE8D}",
    "٣",
    "۴",
    "0",
    "12",
    "3.5",
    "1,000",
    "٫",
    "٬",
    "%",
    "ثلاثة",
    "آلاف",
    "عشرات",
    "قرابة",
    "مئة",
    "وعشرون",
    " ",
    "  ",
    "\n",
    "\r\n",
    "\t",
    "\u{00A0}",
    "\u{200F}",
    "\u{200E}",
    "\u{200C}",
    "\u{200D}",
    "\u{061C}",
    "\u{202B}",
    "\u{2067}",
    "\u{FEFF}",
    "«",
    "»",
    "“",
    "”",
    "\"",
    "'",
    ".",
    "..",
    "…",
    "!",
    "؟",
    "?",
    "؛",
    "،",
    ",",
    ":",
    "(",
    ")",
    "#",
    "@",
    "http://x.sy/a.b",
    "www.",
    "a@b.co",
    "ISIS",
    "F16",
    "é",
    "e\u{0301}",
    "😀",
    "\u{0301}",
    "د.",
    "أ.ف.ب",
    "U.S.",
    "-",
    "/",
];

fn arabicish() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..60).prop_map(|parts| parts.concat())
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![arabicish(), any::<String>(), "\\PC{0,80}"]
}

/// Arabic pieces with the presentation forms that fold to several letters or spaces (ﷺ ﷻ,
/// isolated harakat, lam-alef), where a word's key could differ from its slice of the folded
/// text if folding looked beyond one character.
fn with_ligatures() -> impl Strategy<Value = String> {
    const LIGATURES: &[&str] = &["\u{FDFA}", "\u{FDFB}", "\u{FE72}", "\u{FE7C}", "\u{FEF5}", "\u{FDF2}"];
    let piece = prop_oneof![prop::sample::select(PIECES), prop::sample::select(LIGATURES)];
    prop::collection::vec(piece, 0..60).prop_map(|parts| parts.concat())
}

fn on_boundaries(text: &str, start: usize, end: usize) -> bool {
    start <= end && end <= text.len() && text.is_char_boundary(start) && text.is_char_boundary(end)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// The number and date readers take each word's key from the article's one folded view:
    /// it must be the key folding the word alone gives.
    #[test]
    fn word_keys_from_the_folded_view_are_the_words_own(text in prop_oneof![any_text(), with_ligatures()]) {
        let folded = fold(&text);
        let tokens = tokenize(&text);
        let words = KeyedTokens::new(&text, &tokens, &folded);
        for (index, token) in tokens.iter().enumerate() {
            let own = if token.kind == TokenKind::Word { fold_key(token.text(&text)) } else { String::new() };
            prop_assert_eq!(words.key(index), own.as_str(), "token {:?}", token.text(&text));
        }
        // Keyed from the words' bounds marked while folding: the same keys.
        let (marked, offsets) = fold_marking(&text, &word_bounds(&tokens));
        let from_marks = KeyedTokens::with_word_offsets(&text, &tokens, &marked, &offsets);
        prop_assert_eq!(from_marks.keys(), words.keys());
    }

    #[test]
    fn folding_twice_changes_nothing(text in any_text()) {
        let once = fold_key(&text);
        prop_assert_eq!(fold_key(&once), once.clone());
        let folded = fold(&text);
        prop_assert_eq!(folded.as_str(), once.as_str());
    }

    #[test]
    fn folded_positions_map_into_the_original(text in any_text()) {
        let folded = fold(&text);
        let key = folded.as_str();
        for (at, c) in key.char_indices() {
            let range = folded.original_range(at..at + c.len_utf8());
            prop_assert!(on_boundaries(&text, range.start, range.end));
            prop_assert!(range.start < range.end);
        }
        let whole = folded.original_range(0..key.len());
        prop_assert!(on_boundaries(&text, whole.start, whole.end));
    }

    #[test]
    fn tokens_are_ordered_and_leave_out_only_white_space(text in any_text()) {
        let tokens = tokenize(&text);
        let mut covered_to = 0;
        for token in &tokens {
            prop_assert!(on_boundaries(&text, token.start, token.end));
            prop_assert!(token.start < token.end);
            prop_assert!(token.start >= covered_to);
            let gap = &text[covered_to..token.start];
            prop_assert!(gap.chars().all(|c| c.is_whitespace() || !c.is_alphanumeric()), "gap {:?}", gap);
            covered_to = token.end;
        }
    }

    #[test]
    fn segments_join_to_give_the_token_back(text in any_text()) {
        let mut segmenter = Segmenter::new();
        for token in tokenize(&text) {
            let segments = segmenter.segment(&text, &token);
            prop_assert!(!segments.is_empty());
            let mut at = token.start;
            for segment in segments {
                prop_assert_eq!(segment.start, at);
                prop_assert!(segment.start < segment.end);
                prop_assert!(on_boundaries(&text, segment.start, segment.end));
                at = segment.end;
            }
            prop_assert_eq!(at, token.end);
        }
    }

    #[test]
    fn stems_and_quantities_never_panic(text in any_text()) {
        let tokens = tokenize(&text);
        for token in &tokens {
            let _ = stem(token.text(&text));
        }
        for quantity in find_quantities(&text, &tokens) {
            prop_assert!(on_boundaries(&text, quantity.start, quantity.end));
            prop_assert!(quantity.value.is_finite());
        }
    }

    #[test]
    fn sentences_cover_every_visible_character(text in any_text()) {
        let sentences = split_sentences(&text);
        let mut covered_to = 0;
        for range in &sentences {
            prop_assert!(on_boundaries(&text, range.start, range.end));
            prop_assert!(range.start >= covered_to && range.start < range.end);
            prop_assert!(text[covered_to..range.start].chars().all(is_separator));
            covered_to = range.end;
        }
        prop_assert!(text[covered_to..].chars().all(is_separator));
    }

    #[test]
    fn character_offsets_count_characters(text in any_text()) {
        let index = CharIndex::new(&text);
        for (byte, _) in text.char_indices() {
            prop_assert_eq!(index.char_offset(byte), text[..byte].chars().count());
        }
        prop_assert_eq!(index.len_chars(), text.chars().count());
    }
}
