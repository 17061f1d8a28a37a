//! Golden tests: what the text engine makes of sentences written to exercise every rule —
//! folding, tokens, clitics and stems — rendered one token a line and kept as insta snapshots.

use marsad_text::clitic::Segmenter;
use marsad_text::fold::fold_key;
use marsad_text::stem::stem;
use marsad_text::token::{tokenize, TokenKind};

fn render(text: &str) -> String {
    let mut segmenter = Segmenter::new();
    let mut lines = Vec::new();
    for token in tokenize(text) {
        let written = token.text(text);
        let segments: Vec<String> = segmenter
            .segment(text, &token)
            .iter()
            .map(|s| format!("{:?}:{}", s.role, s.text(text)))
            .collect();
        let stem = if token.kind == TokenKind::Word { stem(written) } else { String::new() };
        lines.push(format!(
            "{written}\t{:?}\tfolded={}\t[{}]\tstem={stem}",
            token.kind,
            fold_key(written),
            segments.join(" ")
        ));
    }
    lines.join("\n")
}

#[test]
fn clitics_tatweel_and_quotes() {
    insta::assert_snapshot!(render(
        "وبالجيش السوري وحلفاؤه للجيش لـ\"داعش\" بـ”دولة الخلافة” و«قسد» الـ24 ساعة سيتم لهم منها وبغداد للبوكمال كركوك ليبيا فرنسا بيروت وزارة"
    ));
}

#[test]
fn folding_spellings_harakat_and_controls() {
    insta::assert_snapshot!(render(
        "حقّقه الجيشُ جميعاً تُقهر أميركية الأمريكية سورية سوريا مؤتمر رئيس مصطفى ﻻ ﷲ دير\u{200F} الزور\u{200C} ٣٠٠٠ ۱۲"
    ));
}

#[test]
fn numbers_latin_hashtags_urls_and_email() {
    insta::assert_snapshot!(render(
        "قُتل 3.5 و1,000 من ٣٠٠٠؛ طائرات F16 #دير_الزور https://sana.sy/ar/?p=1. info@example.org… 80%"
    ));
}
