//! Acts a sentence names without reporting them (issue 4): a past act that dates or recalls
//! something else, a verb of violence with an abstract object, explosives and missiles named
//! as goods, acts counted over a whole year, a feared act, an act a question wonders about,
//! protesters named again (also by their chants), an act warned of or named as an aim (`من
//! أجل`), and an attack made of words. Each rule has a sentence it must change
//! and a like sentence it must leave alone; and an act inside a relative clause about a place
//! happened there. The sentences are made up.

mod common;

use common::record_of as record;

/// True when `text` gives an event of `event_type` that is not negated.
fn has_event(text: &str, event_type: &str) -> bool {
    record(text).events.iter().any(|e| e.event_type == event_type && !e.negated)
}

fn assert_assault(text: &str) {
    assert!(has_event(text, "ASSAULT"), "expected an ASSAULT in {text}: {:#?}", record(text).events);
}

fn assert_no_assault(text: &str) {
    assert!(!has_event(text, "ASSAULT"), "expected no ASSAULT in {text}: {:#?}", record(text).events);
}

#[test]
fn an_act_after_since_dates_the_sentence_and_is_no_event() {
    assert_no_assault("تراجعت السياحة في تونس منذ اعتداءات عام 2015 على الفنادق.");
}

#[test]
fn the_same_act_after_after_is_still_reported() {
    assert_assault("تراجعت السياحة في البلاد بعد اعتداءات على الفنادق في سوسة أمس.");
}

#[test]
fn an_anniversary_recalls_an_act_and_reports_none() {
    assert_no_assault("أحيا اللبنانيون أمس في بيروت ذكرى اغتيال الوزير بيار الجميل.");
}

#[test]
fn an_assassination_told_as_news_stays() {
    assert_assault("اغتال مسلحون الوزير في بيروت أمس.");
}

#[test]
fn sparking_a_crisis_is_no_bombing() {
    assert_no_assault("فجر حزب الله الأزمة مع الحكومة في بيروت.");
}

#[test]
fn blowing_up_a_car_is_a_bombing() {
    assert_assault("فجر حزب الله سيارة مفخخة في بيروت أمس.");
}

#[test]
fn explosives_listed_with_arms_are_goods() {
    assert_no_assault("عثرت الشرطة في الموصل على أسلحة وذخيرة ومتفجرات تعود لتنظيم داعش.");
}

#[test]
fn deploying_missiles_is_no_missile_strike() {
    assert_no_assault("ردت إسرائيل بحشد القوات ونشر الصواريخ قرب الحدود مع سوريا.");
}

#[test]
fn firing_missiles_is_a_missile_strike() {
    assert_assault("أطلق الجيش الإسرائيلي الصواريخ على مواقع حزب الله في لبنان.");
}

#[test]
fn attacks_counted_over_a_year_are_a_statistic() {
    assert_no_assault("شهدت أفغانستان 140 هجوما انتحاريا في العام الماضي.");
}

#[test]
fn attacks_counted_on_a_day_are_reported() {
    assert_assault("شهدت أفغانستان 3 هجمات انتحارية في كابول أمس.");
}

#[test]
fn a_figure_of_speech_with_an_abstract_object_is_no_abduction() {
    assert_no_assault("خطفت الممثلة الشابة الأضواء في مهرجان القاهرة أمس.");
}

#[test]
fn a_goal_threatened_in_a_match_or_a_species_threatened_with_extinction_is_no_threat() {
    for text in ["وهو الفريق الذي هدد مرمى برشلونة 17 مرة.", "وتعد هذه المجموعة من الحيوانات مهددة بالانقراض."]
    {
        assert!(!has_event(text, "THREATEN"), "{text}");
    }
    assert!(has_event("وهدد الحوثيون السعودية بضربات جديدة.", "THREATEN"));
}

#[test]
fn an_attack_or_a_snatch_in_a_sentence_about_play_is_a_move_of_the_game() {
    for text in [
        "وواصل الهلال هجومه ونجح مدافعه بتسجيل الهدف الثاني من تسديدة قوية.",
        "لكنها وجدت الحارس الذي تصدى لها وأبعد الكرة.",
        "وخطف المهاجم الكرة وسددها في الشباك.",
    ] {
        assert_no_assault(text);
    }
    // A threat of death against a player stays one.
    assert!(has_event("وهدد تنظيم داعش اللاعب محمد صلاح بالقتل بعد مباراة الكرة أمس.", "THREATEN"));
}

#[test]
fn abducting_a_journalist_is_an_abduction() {
    assert_assault("خطف مسلحون الصحفي في القاهرة أمس.");
}

#[test]
fn a_feared_act_has_not_happened() {
    assert_no_assault("يتزايد الخوف من قصف الطائرات الروسية مدينة درعا.");
}

#[test]
fn an_act_after_which_anger_grows_has_happened() {
    assert_assault("يتزايد الغضب بعد قصف الطائرات الروسية مدينة درعا.");
}

fn has_protest(text: &str) -> bool {
    has_event(text, "PROTEST")
}

#[test]
fn a_question_reports_no_act() {
    assert_no_assault("من المستفيد من اغتيال القيادي في الحزب؟");
    assert_no_assault("هل قصفت الطائرات الأمريكية مواقع الجيش في دير الزور؟»");
}

#[test]
fn a_statement_before_a_quoted_question_is_still_reported() {
    assert_assault("قصفت طائرات التحالف مواقع داعش في هجين أمس، وسأل مسؤول محلي: لماذا الآن؟");
}

#[test]
fn protesters_named_again_do_not_make_a_new_protest() {
    assert!(
        !has_protest("وحمل المتظاهرون صورا للرئيس وأعلاما."),
        "{:#?}",
        record("وحمل المتظاهرون صورا").events
    );
}

#[test]
fn protesters_who_demonstrate_make_a_protest() {
    assert!(has_protest("وتظاهر المتظاهرون أمام مقر البرلمان في بغداد أمس."));
    assert!(has_protest("وتظاهر المئات أمام مقر البرلمان في بغداد."));
}

#[test]
fn an_act_inside_a_relative_clause_about_a_place_happened_there() {
    let r = record("وتابع الجيش تقدمه نحو بلدة هجين التي شنت طائرات التحالف غارات عليها أمس.");
    let strike = r.events.iter().find(|e| e.trigger.text.starts_with("شنت")).expect("the strike");
    let places: Vec<&str> = strike.place.iter().map(|&m| r.mentions[m].text.as_str()).collect();
    assert_eq!(places, ["هجين"], "{:#?}", r.events);
}

#[test]
fn a_stop_ends_the_relative_clause_about_a_place() {
    let r = record("وذكر التقرير هجوم نيس الذي وقع في يوليو، متهما الحكومة الفرنسية بالتقصير.");
    let accusation = r.events.iter().find(|e| e.trigger.text.starts_with("متهم")).expect("the accusation");
    assert!(accusation.place.is_empty(), "{:#?}", r.events);
}

#[test]
fn a_killing_with_one_or_two_victims_named_is_reported() {
    assert_assault("مقتل شرطيين في انفجار سيارة مفخخة.");
    assert_assault("وأعلن مصدر في الشرطة مقتل شخص وإصابة آخرين بجروح.");
}

#[test]
fn an_act_after_its_verb_of_result_or_occurrence_happened() {
    assert_assault("أسفر انفجار سيارة مفخخة عن مقتل شخص.");
    assert_assault("وأوضح المصدر أن الاشتباكات أدت إلى سقوط قتلى.");
}

#[test]
fn deaths_after_a_force_of_nature_or_a_crash_are_no_attack() {
    assert_no_assault("ضرب زلزال قوي غرب اليابان، الاثنين، مسفرا عن مقتل شخصين.");
    assert_no_assault("تحطمت مروحية قرب القرية ما أسفر عن مقتل شخصين.");
    assert_no_assault("ضرب زلزال قوي غرب اليابان، الاثنين، مسفرا عن مقتل خمسة أشخاص.");
}

#[test]
fn to_the_beat_of_operations_is_no_occurrence() {
    assert_no_assault("تتسارع الأحداث على وقع العمليات العسكرية الجارية.");
}

#[test]
fn chants_of_protesters_told_of_are_no_new_protest() {
    assert!(!has_protest("وهتف المتظاهرون ضد السياسات الاقتصادية للحكومة."));
    assert!(!has_protest("وردد المتظاهرون في الميدان الرئيسي هتافات تطالب بالإصلاح."));
}

#[test]
fn counted_protesters_and_their_gathering_are_a_protest() {
    assert!(has_protest("وتجمع آلاف المتظاهرين في الساحة وهم يرددون هتافات ضد الحكومة."));
    assert!(has_protest("وتجمع المتظاهرون في قرية بلعين احتجاجا على الجدار."));
}

#[test]
fn going_out_in_marches_is_a_protest() {
    assert!(has_protest("وكان الآلاف قد خرجوا في مسيرات في العاصمة كاتماندو أمس."));
}

#[test]
fn an_act_warned_of_has_not_happened() {
    assert_no_assault("حذر وزير الدفاع الأمريكي تركيا من هجوم على مدينة منبج.");
    assert_no_assault("ونقلت الإذاعة عن النائبة تحذيرها من حدوث اغتيال سياسي آخر في إسرائيل.");
}

#[test]
fn the_warning_itself_is_an_event_and_an_act_after_it_still_counts() {
    assert!(has_event("حذر وزير الدفاع الأمريكي تركيا من هجوم على مدينة منبج.", "THREATEN"));
    assert_assault("حذر الوزير من التصعيد بعد أن قصفت الطائرات التركية مدينة منبج أمس.");
}

#[test]
fn an_act_in_order_to_is_an_aim() {
    assert_no_assault("وقال الوزير إن قوات بلاده موجودة في أفغانستان من أجل فرض سيطرة الأمن.");
}

#[test]
fn a_phrase_of_purpose_after_a_noun_leaves_the_noun_real() {
    assert!(has_event("وكرر الاتحاد الأوروبي دعواته لطهران من أجل تعليق تخصيب اليورانيوم.", "DEMAND"));
}

#[test]
fn an_attack_in_words_is_criticism() {
    let text = "وشن الرئيس التركي رجب طيب أردوغان هجوما لاذعا على رئيس الوزراء الإسرائيلي بنيامين نتنياهو.";
    assert_no_assault(text);
    assert!(has_event(text, "DISAPPROVE"), "{:#?}", record(text).events);
    assert_assault("وشن تنظيم داعش هجوما عنيفا على مواقع الجيش العراقي في الموصل.");
}

#[test]
fn control_of_a_situation_or_a_fire_takes_no_ground() {
    assert_no_assault("وتمكن عضوا الهيئة من السيطرة على الموقف واستعانا بالدوريات الأمنية.");
    assert_no_assault("وسيطرت فرق الإطفاء على الحريق بعد ساعات.");
}

#[test]
fn an_imperfect_of_three_letters_after_an_is_wished_or_feared_not_done() {
    // `تشن` is no verbal noun (they have four letters at least, `تدخل`): after أن, before a
    // name, it is the subjunctive.
    assert_no_assault("وتوقع المحلل أن تشن إسرائيل هجوما على غزة في الأسابيع المقبلة.");
    // After قبل أن it tells what happened.
    assert_assault("انسحب الجنود من المعبر قبل أن تشن إسرائيل هجوما على غزة.");
}
