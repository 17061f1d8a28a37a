//! Property tests over `analyze`: on any text — random Unicode, or sentences stitched from
//! words the extractors react to (triggers, cues, names, negations, numbers, punctuation) —
//! it never panics, and every span, event and claim keeps the contract.

mod common;

use common::{assert_contract, assert_events_and_claims};
use marsad_extract::analyze;
use marsad_model::Article;
use proptest::prelude::*;

/// Words that set off every part of the extractors, with clitics and punctuation around them.
const WORDS: &[&str] = &[
    "قال",
    "وقال",
    "أكدت",
    "بحسب",
    "وفقا",
    "لـ",
    "نقلا",
    "عن",
    "مضيفا",
    "بيان",
    "في",
    "إن",
    "أن",
    "أنها",
    "لم",
    "قد",
    "لن",
    "يعتزم",
    "شنت",
    "هجوما",
    "غارات",
    "للتحالف",
    "قصفت",
    "قتل",
    "13",
    "عنصرا",
    "من",
    "على",
    "يد",
    "تنظيم",
    "داعش",
    "قوات",
    "سوريا",
    "الديمقراطية",
    "الجيش",
    "السوري",
    "التحالف",
    "الدولي",
    "هجين",
    "دير",
    "الزور",
    "واشنطن",
    "مصادر",
    "أهلية",
    "المتحدث",
    "باسم",
    "تعرضت",
    "لهجوم",
    "آلاف",
    "المتظاهرين",
    "أمس",
    "الأربعاء",
    "،",
    ".",
    "«",
    "»",
    "\"",
    ":",
    "؟",
    "\n",
    "ـ",
    "ً",
    "و",
    "ب",
    "ال",
];

fn stitched() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(WORDS), 0..60).prop_map(|words| words.join(" "))
}

fn check(text: String) {
    let record =
        analyze(Article { id: "p".into(), text, published: Some("2018-06-14".into()), ..Article::default() });
    assert_contract(&record);
    assert_events_and_claims(&record);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn stitched_sentences_keep_the_contract(text in stitched()) {
        check(text);
    }

    #[test]
    fn any_text_keeps_the_contract(text in "\\PC{0,200}") {
        check(text);
    }

    #[test]
    fn glued_words_keep_the_contract(words in prop::collection::vec(prop::sample::select(WORDS), 0..40)) {
        check(words.concat());
    }
}
