//! `النظام` (the regime), the one generic word the actor files keep: the Syrian government
//! only where the article names Syria otherwise and the word stands alone; a state's regime
//! when a nationality follows it. The sentences are made up.

use marsad_lexicon::recognize::Entity;
use marsad_lexicon::Lexicon;

/// The canonical names of the actors recognized in `text`.
fn actors(text: &str) -> Vec<String> {
    Lexicon::builtin()
        .recognize(text, Some(2018))
        .into_iter()
        .filter_map(|r| match r.entity {
            Entity::Actor { canonical, .. } => canonical,
            Entity::Place { .. } => None,
        })
        .collect()
}

#[test]
fn the_regime_in_an_article_about_syria_is_the_syrian_government() {
    let found = actors("قصفت قوات النظام مدينة دوما وقال النظام إن العملية مستمرة.");
    assert!(found.contains(&"Syrian government".to_string()), "{found:?}");
    let found = actors("وأكد أن النظام رفض فكرة اللجنة الدستورية في سوريا.");
    assert_eq!(found, ["Syrian government"]);
}

#[test]
fn a_system_or_another_state_s_regime_is_not_the_syrian_government() {
    for text in [
        "انتقلت تركيا من النظام البرلماني الى النظام الرئاسي.",
        "وتضر هذه الممارسات بالنظام الاقتصادي العالمي.",
        "وقال إن النظام سيقدم 150 دينارا إلى البحرينيين.",
        "واستغرب تصرفات النظام في قطر ضد مواطنيه في سوريا.",
    ] {
        let found = actors(text);
        assert!(!found.contains(&"Syrian government".to_string()), "{text}: {found:?}");
    }
    let found = actors("قال بومبيو إن النظام الإيراني يشكل تهديداً.");
    assert!(found.iter().any(|name| name.contains("Iran")), "{found:?}");
}
