//! Protest rules of protest.rs: protesters introduced as the doers of an act report a protest
//! (but not after a protest already told of, nor with the article, nor as the victims of a
//! harm verb); the accusative of reason `احتجاجا` says why another act was done and is no
//! protest of its own (but a count of protests is, and so is an object of a verb); `تجمع`
//! before a definite word naming no crowd brings together or collects (but a crowd that
//! gathers protests); a protest after `إلى` that a verb of calling leads to, past an aside
//! between commas, is called for; a crowd counted before `في` and a protest noun takes part
//! in it; a protest noun that is the object of a verb of force after its subject happened,
//! but that subject is not its actor; a state, its forces, an international body or an
//! outlet is no protest's actor; a crowd at a match or a celebration is no protest. Each rule has a sentence it must change and a like
//! sentence it must leave alone. The sentences are made up.

mod common;

use common::record_of as record;

/// The triggers of the PROTEST events `text` gives that are not negated.
fn protests(text: &str) -> Vec<String> {
    let record = record(text);
    record
        .events
        .iter()
        .filter(|e| e.event_type == "PROTEST" && !e.negated)
        .map(|e| common::slice(text, e.trigger.start, e.trigger.end))
        .collect()
}

fn assert_protest(text: &str) {
    assert!(!protests(text).is_empty(), "expected a PROTEST in {text}: {:#?}", record(text).events);
}

fn assert_no_protest(text: &str) {
    assert!(protests(text).is_empty(), "expected no PROTEST in {text}: {:#?}", record(text).events);
}

#[test]
fn protesters_introduced_as_doers_report_their_protest() {
    assert_protest("أقدم أمس متظاهرون غاضبون في البقاع على قطع الطريق الدولية قرب زحلة.");
}

#[test]
fn protesters_named_with_the_article_point_back_to_a_protest_told_of() {
    assert_no_protest("وأغلق المتظاهرون الطريق الرئيسي في المدينة.");
}

#[test]
fn protesters_after_a_protest_told_of_make_no_second_one() {
    let text = "تظاهر المئات في البقاع أمس. وأقدم متظاهرون غاضبون على قطع الطريق قرب زحلة.";
    assert_eq!(protests(text), vec!["تظاهر".to_string()]);
}

#[test]
fn protesters_after_a_verb_of_harm_may_be_its_victims() {
    assert_no_protest("وأصيب متظاهرون في البقاع أمس.");
}

#[test]
fn a_resignation_in_protest_is_no_protest() {
    assert_no_protest("واستقال وزير الخارجية بوريس جونسون احتجاجا على خطة الحكومة.");
}

#[test]
fn a_summons_in_protest_is_no_protest() {
    assert_no_protest("استدعت وزارة الخارجية التركية السفير الإسرائيلي احتجاجاً على أعمال العنف في غزة.");
}

#[test]
fn a_gathering_in_protest_is_one_protest_named_by_its_verb() {
    let text = "وتجمع آلاف المتظاهرين على طول السياج في غزة احتجاجا على الحصار.";
    assert_eq!(protests(text), vec!["تجمع".to_string()]);
}

#[test]
fn protests_counted_are_protests() {
    assert_protest("وتعاملت الأجهزة الأمنية في عمان أمس مع 125 احتجاجا في المحافظات.");
}

#[test]
fn bringing_two_stars_together_is_no_rally() {
    assert_no_protest("وفي الحفلة الثانية في دبي يوم الجمعة تجمع النجمين ماجد المهندس وكاظم الساهر.");
}

#[test]
fn relations_that_unite_two_peoples_are_no_rally() {
    assert_no_protest("وأكد محمد بن زايد العلاقات التاريخية التي تجمع الشعبين الشقيقين.");
}

#[test]
fn a_crowd_that_gathers_protests() {
    assert_protest("وتجمع المتظاهرون أمس أمام مقر الحكومة في عمان.");
    assert_protest("وتجمع المحتجون أمس أمام مقر الحكومة في عمان احتجاجا على الضريبة.");
}

/// The actors of the first PROTEST event `text` gives, as written.
fn first_protest_actors(text: &str) -> Vec<String> {
    let record = record(text);
    let event = record.events.iter().find(|e| e.event_type == "PROTEST").expect("a PROTEST");
    event.actor.iter().filter_map(|&m| record.mentions.get(m)).map(|m| m.text.clone()).collect()
}

#[test]
fn a_protest_called_for_past_an_aside_is_no_event() {
    assert_no_protest(
        "ودعا صالح، في الخطاب الذي بثته قناة اليمن اليوم، اليمنيين إلى انتفاضة شعبية ضد ميليشيات الحوثي.",
    );
}

#[test]
fn protests_that_turn_into_an_uprising_are_reported() {
    assert_protest("وتحولت المظاهرات في صنعاء أمس إلى انتفاضة شعبية ضد ميليشيات الحوثي.");
}

#[test]
fn a_crowd_counted_takes_part_in_a_march() {
    assert_protest("وخرج عشرات الطلاب في مسيرة في عمان أمس.");
}

#[test]
fn a_march_in_a_figure_of_speech_has_no_crowd() {
    assert_no_protest("وقال الكاتب إن الحياة في مسيرة.");
}

#[test]
fn a_protest_put_down_happened_but_not_by_those_who_put_it_down() {
    let text = "وقمعت ميليشيا الحوثي احتجاجا سلميا في صنعاء أمس.";
    assert_protest(text);
    assert!(first_protest_actors(text).is_empty(), "{:#?}", record(text).events);
}

#[test]
fn a_protest_surrounded_by_the_police_happened() {
    assert_protest("وطوقت الشرطة مظاهرة محدودة قبل وصولها إلى مقر البرلمان في القاهرة.");
}

#[test]
fn a_protest_right_after_a_verb_may_be_its_subject() {
    assert_no_protest("وفيما استهدفت التظاهرة النزول إلى ميدان طلعت حرب في القاهرة");
}

#[test]
fn a_state_that_sees_protests_is_not_their_actor() {
    let text = "وكانت تشهد إيران احتجاجات عارمة في طهران أمس.";
    assert_protest(text);
    assert!(first_protest_actors(text).is_empty(), "{:#?}", record(text).events);
}

#[test]
fn a_party_that_leads_a_protest_stays_its_actor() {
    let text = "وقاد حزب العمال الكردستاني مظاهرة في ديار بكر أمس.";
    assert_eq!(first_protest_actors(text), vec!["حزب العمال الكردستاني".to_string()]);
}

#[test]
fn a_crowd_watching_a_match_is_no_protest() {
    assert_no_protest("وفي باريس احتشد 90 ألفا بالقرب من برج ايفل لمشاهدة المباراة أمس.");
}

#[test]
fn a_crowd_gathering_against_a_law_protests() {
    assert_protest("وفي باريس احتشد 90 ألفا بالقرب من البرلمان أمس احتجاجا على قانون العمل.");
}

/// The types of the events `text` gives that are not negated.
fn types(text: &str) -> Vec<String> {
    record(text).events.iter().filter(|e| !e.negated).map(|e| e.event_type.clone()).collect()
}

#[test]
fn a_crowd_counted_taking_to_the_streets_protests() {
    assert_eq!(protests("ونزل الآلاف إلى الشوارع في بغداد احتجاجا على الفساد."), vec!["نزل".to_string()]);
}

#[test]
fn a_crowd_going_down_to_the_street_for_a_demand_protests() {
    assert_eq!(protests("ونزلوا إلى الشارع للمطالبة بإسقاط الحكومة."), vec!["نزلوا".to_string()]);
}

#[test]
fn a_crowd_gathering_in_the_squares_protests() {
    assert_protest("واحتشدوا في الساحات رافعين الأعلام.");
}

#[test]
fn citizens_back_in_the_streets_after_fighting_are_no_protest() {
    assert_no_protest("فتحت المتاجر أبوابها اليوم، وخرج المواطنون إلى شوارع المدينة.");
}

#[test]
fn a_man_going_out_to_the_street_is_no_protest() {
    assert_no_protest("وخرج الرجل إلى الشارع ليشتري الخبز احتجاجا على الغلاء.");
}

#[test]
fn troops_or_officers_in_the_streets_are_no_protest() {
    assert_no_protest("ونزل الجيش إلى الشوارع في بغداد لفرض الأمن وسط احتجاجات.");
    assert_no_protest("كان ضباطه يخرجون إلى الشوارع ويلقون القبض على المعارضين.");
}

#[test]
fn the_political_arena_is_no_street() {
    assert_no_protest("ونزل الآلاف إلى الساحة السياسية مطالبين بالإصلاح.");
}

#[test]
fn a_crowd_celebrating_in_the_streets_is_no_protest() {
    assert_no_protest("وخرج الآلاف إلى الشوارع احتفالا بالفوز.");
}

#[test]
fn protesters_going_out_report_one_protest() {
    assert_eq!(protests("وخرج متظاهرون من عدد من مساجد الخرطوم ينددون بالمعلمة."), vec!["خرج".to_string()]);
}

#[test]
fn protesters_put_down_protested_and_were_coerced() {
    let text = "وقمعت قوات الأمن المحتجين في البصرة أمس.";
    assert_eq!(types(text), vec!["COERCE".to_string(), "PROTEST".to_string()]);
    assert!(first_protest_actors(text).is_empty(), "{:#?}", record(text).events);
}

#[test]
fn tear_gas_fired_at_protesters_is_coercion_of_a_protest() {
    let text = "وأطلقت الشرطة الغاز المسيل للدموع على المتظاهرين في باريس أمس.";
    assert_eq!(types(text), vec!["COERCE".to_string(), "PROTEST".to_string()]);
}

#[test]
fn protesters_put_down_after_a_protest_told_of_make_no_second_one() {
    let text = "تظاهر المئات في البصرة أمس. وقمعت قوات الأمن المحتجين.";
    assert_eq!(protests(text), vec!["تظاهر".to_string()]);
}

#[test]
fn an_order_to_fire_on_protesters_reports_no_protest() {
    assert_no_protest("وقال إن هذه التعليمات تعني أوامر بإطلاق النار على المتظاهرين.");
}

#[test]
fn a_bullet_not_fired_at_protesters_is_no_protest() {
    let text = "وذكر الرئيس بأنه لم تطلق رصاصة على المتظاهرين.";
    assert!(record(text).events.iter().all(|e| e.event_type != "PROTEST"), "{:#?}", record(text).events);
}

#[test]
fn a_state_that_protests_formally_disapproves() {
    assert_eq!(types("واحتجت فرنسا رسميا على تصريحات الوزير الإيطالي."), vec!["DISAPPROVE".to_string()]);
    assert_eq!(
        types("وقدمت الخارجية الأردنية احتجاجا رسميا لدى السفارة الإسرائيلية."),
        vec!["DISAPPROVE".to_string()]
    );
}

#[test]
fn a_government_that_objects_disapproves_and_does_not_protest_in_the_streets() {
    for text in [
        "واحتجت الحكومة العراقية لدى أنقرة على تصريحات الوزير.",
        "وأعربت الحكومة العراقية عن احتجاجها على تصريحات الوزير.",
    ] {
        assert_no_protest(text);
        assert_eq!(types(text), vec!["DISAPPROVE".to_string()], "{text}");
        let r = record(text);
        let actor: Vec<&str> = r.events[0].actor.iter().map(|&m| r.mentions[m].text.as_str()).collect();
        assert_eq!(actor, ["الحكومة العراقية"], "{text}");
    }
}

#[test]
fn an_objection_given_as_the_reason_of_an_act_is_no_event_of_its_own() {
    assert_no_protest("أغلق التجار محالهم تعبيرا عن احتجاجهم على الضرائب الجديدة.");
    assert!(types("أغلق التجار محالهم تعبيرا عن احتجاجهم على الضرائب الجديدة.").is_empty());
}

#[test]
fn a_summons_to_protest_is_one_disapproval() {
    let text = "واستدعت وزارة الخارجية التركية السفير الإسرائيلي للاحتجاج على تصريحات الوزير.";
    assert_eq!(types(text), vec!["DISAPPROVE".to_string()]);
}

#[test]
fn protesters_shot_at_with_live_ammunition_protested() {
    assert_protest("وأطلقت قوات الأمن الرصاص الحي على المتظاهرين في البصرة أمس.");
}
