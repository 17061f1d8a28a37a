//! Where a person's name found from a title or a given name ends: before a title in construct,
//! an adverb, the outlet spoken to, or a word with a pronoun suffix — but not before a title
//! that is a name too. The sentences are made up.

use marsad_lexicon::Lexicon;

/// The texts of the spans the lexicon recognizes in `text`.
fn spans(text: &str) -> Vec<&str> {
    Lexicon::builtin().recognize(text, Some(2018)).iter().filter_map(|r| text.get(r.start..r.end)).collect()
}

#[test]
fn a_name_ends_before_a_title_in_construct() {
    let text = "وقال طارق قابيل وزير التجارة إن الصادرات ارتفعت.";
    assert!(spans(text).contains(&"طارق قابيل"), "{:?}", spans(text));
}

#[test]
fn a_name_ends_before_an_adverb_or_the_outlet_spoken_to() {
    let text = "وقال الرئيس محمد أورانغزيب لوكالة الأنباء إن الهجوم فشل.";
    assert!(spans(text).contains(&"محمد أورانغزيب"), "{:?}", spans(text));
    let text = "وظهر المخرج خالد يوسف بشكل مفاجئ في الحفل.";
    assert!(spans(text).contains(&"خالد يوسف"), "{:?}", spans(text));
}

#[test]
fn a_name_ends_before_a_word_with_a_pronoun_suffix() {
    let text = "ولقيت الصحافية ماري كولفين حتفها في حمص عام 2012.";
    assert!(spans(text).contains(&"ماري كولفين"), "{:?}", spans(text));
}

#[test]
fn a_title_that_is_a_name_too_stays_in_the_name() {
    let text = "وشارك الفنان عادل إمام والكاتب مصطفى أمين في الندوة.";
    let found = spans(text);
    assert!(found.contains(&"عادل إمام") && found.contains(&"مصطفى أمين"), "{found:?}");
}
