//! Short forms that several actors share: `التحالف`، `قوات التحالف`، `طيران التحالف` name the
//! coalition the article last named in full or by a short form already resolved, else the
//! one of the country the story is about (the forces' and aircraft's forms stand for the
//! US-led coalition where nothing tells); `الحرس الجمهوري` is Syria's or Yemen's guard by the
//! story's country, and no listed one elsewhere; `الجيش الوطني` is Yemen's army in a story
//! about Yemen. A country named right after the short form tells when none is named before
//! it. The sentences are made up.

use marsad_lexicon::recognize::Entity;
use marsad_lexicon::Lexicon;

/// The words and lexicon entry of every actor recognized in `text`.
fn actors(text: &str) -> Vec<(String, Option<String>)> {
    Lexicon::builtin()
        .recognize(text, Some(2018))
        .into_iter()
        .filter_map(|r| match r.entity {
            Entity::Actor { id, .. } => Some((text[r.start..r.end].to_string(), id)),
            Entity::Place { .. } => None,
        })
        .collect()
}

/// The entry recognized for the words `words` in `text`.
fn entry_of(text: &str, words: &str) -> Option<String> {
    actors(text).into_iter().find(|(found, _)| found == words).and_then(|(_, id)| id)
}

#[test]
fn the_coalition_s_aircraft_in_a_story_about_yemen_are_the_saudi_led_coalition() {
    let text = "تقدمت قوات الجيش اليمني في محافظة صعدة بإسناد من طيران التحالف.";
    assert_eq!(entry_of(text, "طيران التحالف").as_deref(), Some("saudi-led-coalition"));
    let text = "وقتل عشرة من الحوثيين في مأرب بغارات شنتها قوات التحالف التي تقودها السعودية.";
    assert_eq!(entry_of(text, "قوات التحالف").as_deref(), Some("saudi-led-coalition"));
}

#[test]
fn the_coalition_s_forces_in_a_story_about_syria_or_anywhere_else_are_the_us_led_coalition() {
    let text = "قصفت قوات التحالف مواقع في دير الزور.";
    assert_eq!(entry_of(text, "قوات التحالف").as_deref(), Some("us-led-coalition"));
    let text = "وقال متحدث إن قوات التحالف الجوية نفذت ثلاث ضربات.";
    assert_eq!(entry_of(text, "قوات التحالف").as_deref(), Some("us-led-coalition"));
}

#[test]
fn a_short_form_takes_the_coalition_a_short_form_before_it_resolved() {
    // No coalition named in full and no country named: `التحالف` alone would stay
    // unresolved; it takes the coalition `قوات التحالف` stood for, also before a number.
    let text = "وقال المتحدث باسم قوات التحالف إن غارات التحالف الـ20 دمرت منصات للصواريخ.";
    let found = actors(text);
    let coalitions: Vec<_> = found.iter().filter(|(words, _)| words.contains("التحالف")).collect();
    assert_eq!(coalitions.len(), 2, "{found:?}");
    assert!(coalitions.iter().all(|(_, id)| id.as_deref() == Some("us-led-coalition")), "{found:?}");
}

#[test]
fn an_alliance_a_relative_clause_says_others_lead_is_not_a_listed_coalition() {
    let text = "ومازالت مساحات واسعة من سوريا بيد التحالف الذي يقوده الأكراد.";
    assert_eq!(entry_of(text, "التحالف"), None);
}

#[test]
fn the_republican_guard_is_the_guard_of_the_country_the_story_is_about() {
    let text = "وبعد غارات جوية على مدينة دوما جاء تقدم الحرس الجمهوري فيها.";
    assert_eq!(entry_of(text, "الحرس الجمهوري").as_deref(), Some("syria-republican-guard"));
    let text = "واستهدفت الغارات معسكرا في الحديدة تابعا لقوات الحرس الجمهوري سابقا.";
    assert_eq!(entry_of(text, "قوات الحرس الجمهوري").as_deref(), Some("yemen-republican-guard"));
    let text = "وتوافد عناصر الشرطة والحرس الجمهوري إلى مراكز التصويت في القاهرة.";
    assert_eq!(entry_of(text, "الحرس الجمهوري"), None);
}

#[test]
fn a_country_named_right_after_a_short_form_tells_which_body_it_names() {
    let text = "أعلن الجيش الوطني في اليمن تحرير مواقع جديدة.";
    assert_eq!(entry_of(text, "الجيش الوطني").as_deref(), Some("yemen-army"));
    let text = "تقدمت قوات التحالف، بقيادة السعودية، نحو المطار.";
    assert_eq!(entry_of(text, "قوات التحالف").as_deref(), Some("saudi-led-coalition"));
}
