//! What the event and claim extractors make of sentences written to show one rule each: the
//! actor and target of verbs and nouns, support verbs, passives, negation, hedging, plans that
//! did not happen, and claims with named and unnamed speakers. The sentences are made up.

mod common;

use common::record_of as record;
use marsad_model::{Claim, Event, MentionInfo, Record};

/// The texts of the mentions an event role lists.
fn names(record: &Record, ids: &[usize]) -> Vec<String> {
    ids.iter().map(|&id| record.mentions[id].text.clone()).collect()
}

/// The character offset (as spans count) where `needle` first starts in `text`.
fn char_offset(text: &str, needle: &str) -> usize {
    text.find(needle).map_or(0, |byte| text[..byte].chars().count())
}

/// The speaker text (for a speaker no lexicon knows) of the first claim `text` gives.
fn first_speaker(text: &str) -> Option<String> {
    record(text).claims.first().and_then(|c| c.speaker_text.clone())
}

/// Asserts that none of `texts` gives an event of `event_type`.
fn assert_no_event(texts: &[&str], event_type: &str) {
    for text in texts {
        let r = record(text);
        assert!(r.events.iter().all(|e| e.event_type != event_type), "{text}: {:#?}", r.events);
    }
}

/// Asserts that `text` gives an event of `event_type`.
fn assert_an_event(text: &str, event_type: &str) {
    let r = record(text);
    assert!(r.events.iter().any(|e| e.event_type == event_type), "{text}: {:#?}", r.events);
}

/// Asserts that `text` gives one event of `event_type`, with these actor and target names.
fn assert_roles(text: &str, event_type: &str, actor: &[&str], target: &[&str]) {
    let r = record(text);
    let event = only_event(&r, event_type);
    assert_eq!(names(&r, &event.actor), actor, "actor in {text}");
    assert_eq!(names(&r, &event.target), target, "target in {text}");
}

/// Asserts that `text` gives no claim on a cue written `cue`.
fn assert_no_claim_on(text: &str, cue: &str) {
    let r = record(text);
    assert!(r.claims.iter().all(|c| c.cue.text != cue), "{text}: {:#?}", r.claims);
}

/// The claim whose cue is written `cue` in `record`.
fn claim_with_cue<'r>(record: &'r Record, cue: &str) -> &'r Claim {
    let claim = record.claims.iter().find(|c| c.cue.text == cue);
    claim.unwrap_or_else(|| panic!("no claim on {cue}: {:#?}", record.claims))
}

/// The event whose trigger is written `trigger` in `record`.
fn event_with_trigger<'r>(record: &'r Record, trigger: &str) -> &'r Event {
    let event = record.events.iter().find(|e| e.trigger.text == trigger);
    event.unwrap_or_else(|| panic!("no event on {trigger}: {:#?}", record.events))
}

fn only_event<'r>(record: &'r Record, event_type: &str) -> &'r Event {
    let events: Vec<&Event> = record.events.iter().filter(|e| e.event_type == event_type).collect();
    assert_eq!(events.len(), 1, "{event_type} events in {:#?}", record.events);
    events[0]
}

#[test]
fn a_support_verb_and_its_noun_make_one_event_with_actor_target_and_place() {
    let r = record("شنت قوات سوريا الديمقراطية هجوما على مواقع داعش في بلدة هجين.");
    let event = only_event(&r, "ASSAULT");
    assert_eq!(names(&r, &event.actor), ["قوات سوريا الديمقراطية"]);
    assert_eq!(names(&r, &event.target), ["داعش"]);
    assert_eq!(names(&r, &event.place), ["هجين"]);
    assert!(!event.negated && !event.hedged);
}

#[test]
fn a_subject_before_the_verb_is_the_actor() {
    let r = record("وكان الجيش السوري قد انسحب من مدينة البوكمال أمس.");
    let event = only_event(&r, "RETREAT");
    assert_eq!(names(&r, &event.actor), ["الجيش السوري"]);
    assert_eq!(names(&r, &event.place), ["البوكمال"]);
    assert_eq!(event.date.map(|d| r.mentions[d].text.as_str()), Some("أمس"));
}

#[test]
fn the_name_after_an_air_strike_noun_is_its_actor() {
    let r = record("قتل ثلاثة مدنيين في غارات للتحالف الدولي على قرية الشعفة.");
    let strikes = r.events.iter().find(|e| e.trigger.text.contains("غارات")).expect("the air strikes");
    assert_eq!(strikes.event_type, "ASSAULT");
    // `للتحالف`: the mention starts after the preposition ل, at the article's ل.
    assert_eq!(names(&r, &strikes.actor), ["لتحالف الدولي"]);
}

#[test]
fn the_name_after_an_act_begun_is_its_actor() {
    let r = record("وسمح لعدد من القوافل بالدخول عقب بدء هجوم قوات النظام السوري على المنطقة.");
    let attack = event_with_trigger(&r, "بدء هجوم");
    assert_eq!(names(&r, &attack.actor), ["قوات النظام السوري"]);
    assert!(attack.target.is_empty());
}

#[test]
fn the_parties_of_an_agreement_follow_its_terms() {
    let r =
        record("أفاد المرصد أن اتفاقا لوقف إطلاق النار بين قوات النظام السوري وتنظيم داعش دخل حيز التنفيذ.");
    let deal = event_with_trigger(&r, "اتفاقا");
    assert_eq!(
        (names(&r, &deal.actor), names(&r, &deal.target)),
        (vec!["قوات النظام السوري".to_string()], vec!["تنظيم داعش".to_string()])
    );
}

#[test]
fn the_sides_of_a_clash_may_follow_how_long_it_lasted_and_be_told_one_hand_then_the_other() {
    let r = record("ورصد المرصد اشتباكات عنيفة مستمرة منذ الأربعاء بين القوات التركية والفصائل المقاتلة من جهة، ووحدات حماية الشعب الكردي من جهة أخرى.");
    let clash = only_event(&r, "ASSAULT");
    assert_eq!(names(&r, &clash.actor), ["القوات التركية"]);
    assert_eq!(names(&r, &clash.target), ["وحدات حماية الشعب الكردي"]);
}

#[test]
fn a_nationality_after_an_act_carried_by_a_support_or_after_joined_adjectives_names_the_doer() {
    let r = record("وشنت تركيا عملية عسكرية في عفرين، وتواصل القصف الجوي والمدفعي التركي على المدينة.");
    assert_eq!(names(&r, &event_with_trigger(&r, "تواصل القصف الجوي").actor), ["تركيا"]);
    let r = record(
        "ونزح آلاف المدنيين من منطقة عفرين التي تتعرض لغارات تركية منذ أن بدأت تركيا عمليتها في يناير.",
    );
    assert_eq!(names(&r, &event_with_trigger(&r, "تتعرض لغارات").actor), ["تركيا"]);
}

#[test]
fn a_capital_before_an_act_of_force_against_a_party_did_it() {
    let r = record("وأعادت حملة أنقرة ضد وحدات حماية الشعب في عفرين تشكيل المشهد.");
    let campaign = only_event(&r, "ASSAULT");
    assert_eq!(
        (names(&r, &campaign.actor), names(&r, &campaign.target)),
        (vec!["أنقرة".to_string()], vec!["وحدات حماية الشعب".to_string()])
    );
}

#[test]
fn the_state_whose_attack_was_fought_off_is_the_target() {
    let r = record("وقالت إسرائيل إنها قصفت المطار. وقال مصدر عسكري إن الدفاعات الجوية السورية تصدت لهجوم صاروخي إسرائيلي.");
    let repelled = event_with_trigger(&r, "تصدت");
    assert_eq!(names(&r, &repelled.actor), ["الدفاعات الجوية السورية"]);
    assert_eq!(names(&r, &repelled.target), ["إسرائيل"]);
}

#[test]
fn a_country_concluding_a_deal_acts() {
    let r = record("وتوصلت تونس، الجمعة، إلى اتفاق مع صندوق النقد الدولي.");
    assert_eq!(names(&r, &only_event(&r, "AGREE").actor), ["تونس"]);
    let r = record("واتفقت روسيا وإيران على زيادة الإنتاج المشترك من النفط.");
    assert_eq!(names(&r, &only_event(&r, "AGREE").actor), ["روسيا", "إيران"]);
}

#[test]
fn a_verb_followed_by_a_count_of_victims_is_passive() {
    let r = record("قتل 13 عنصرا من قوات النظام على يد تنظيم داعش في دير الزور.");
    let killing = event_with_trigger(&r, "قتل");
    assert_eq!(names(&r, &killing.actor), ["تنظيم داعش"]);
    assert_eq!(killing.dead, Some(13));
}

#[test]
fn negated_and_hedged_events_are_marked() {
    let r = record("لم تقصف الطائرات الروسية مدينة الرقة. وقد يشن الجيش العراقي هجوما على القائم.");
    let shelling = r.events.iter().find(|e| e.trigger.text.contains("تقصف")).expect("the shelling");
    assert!(shelling.negated);
    let attack = r.events.iter().find(|e| e.trigger.text.contains("يشن")).expect("the attack");
    assert!(attack.hedged && !attack.negated);
}

#[test]
fn a_planned_attack_is_not_an_event() {
    assert_no_event(&["يعتزم الجيش التركي شن هجوم على مدينة منبج."], "ASSAULT");
}

#[test]
fn claims_have_named_and_unnamed_speakers_and_cover_their_events() {
    let r = record("وقال المرصد السوري لحقوق الإنسان إن قوات النظام قصفت بلدة البوكمال. وأفادت مصادر أهلية بأن التحالف الدولي نفذ غارة على الباغوز.");
    assert_eq!(r.claims.len(), 2, "{:#?}", r.claims);
    assert_eq!(r.claims[0].kind, "assert");
    assert_eq!(names(&r, &r.claims[0].speaker), ["المرصد السوري لحقوق الإنسان"]);
    assert_eq!(r.claims[1].speaker_text.as_deref(), Some("مصادر أهلية"));
    let shelling = r.events.iter().find(|e| e.trigger.text == "قصفت").expect("the shelling");
    assert_eq!(names(&r, &shelling.claimed_by), ["المرصد السوري لحقوق الإنسان"]);
    assert_eq!(names(&r, &shelling.actor), ["قوات النظام"]);
    let strike = r.events.iter().find(|e| e.trigger.text.contains("غارة")).expect("the air strike");
    assert_eq!(strike.claim, Some(1));
    assert_eq!(names(&r, &strike.actor), ["التحالف الدولي"]);
}

#[test]
fn a_trailing_according_to_claims_the_sentence_before_it() {
    let r = record("سيطرت قوات سوريا الديمقراطية على بلدة هجين، بحسب المرصد السوري لحقوق الإنسان.");
    let claim = r.claims.first().expect("a claim");
    assert_eq!(claim.cue.text, "بحسب");
    let capture = only_event(&r, "ASSAULT");
    assert_eq!(names(&r, &capture.claimed_by), ["المرصد السوري لحقوق الإنسان"]);
}

#[test]
fn a_denial_is_a_claim_and_negates_what_it_denies() {
    let r = record("ونفت وزارة الدفاع الروسية أن تكون طائراتها قد قصفت مدينة إدلب.");
    assert!(r.claims.iter().any(|c| c.kind == "deny"), "{:#?}", r.claims);
    let shelling = r.events.iter().find(|e| e.trigger.text == "قصفت").expect("the shelling");
    assert!(shelling.negated);
}

#[test]
fn a_cue_ending_in_its_complementizer_takes_no_subject_after_it() {
    let r = record(
        "وقال رئيس اللجنة الدولية للصليب الأحمر بيتر ماورير إن الوضع صعب. واعتبر أن الوضع في المدينة متقلب.",
    );
    assert_eq!(names(&r, &claim_with_cue(&r, "اعتبر أن").speaker), ["بيتر ماورير"]);
}

#[test]
fn a_group_speaker_names_no_person_after_it() {
    assert_eq!(first_speaker("وأكدت المصادر ارتفاع حصيلة القتلى.").as_deref(), Some("المصادر"));
}

#[test]
fn an_unknown_name_may_say_after_what_was_said() {
    let text = "واستهان المسؤولون بعزيمة الأكراد، كما يقول موتلو سيفير أوغلو، المحلل المختص بالشؤون الكردية.";
    assert_eq!(first_speaker(text).as_deref(), Some("موتلو سيفير أوغلو"));
}

#[test]
fn a_continuation_keeps_the_speaker_of_the_claim_before() {
    let r = record(
        "قال المتحدث باسم التحالف الدولي إن الغارات مستمرة. وأضاف أن قوات سوريا الديمقراطية تقدمت في هجين.",
    );
    assert_eq!(r.claims.len(), 2, "{:#?}", r.claims);
    assert_eq!(r.claims[1].speaker, r.claims[0].speaker);
    // A name inside what the first speaker said is no subject of the verb joined after it.
    let r = record(
        "وأكد وزير الخارجية البحريني أن الحكومة السورية هي حكومة سوريا، ولفت إلى أن بلاده تتعامل مع الدول.",
    );
    assert_eq!(r.claims.len(), 2, "{:#?}", r.claims);
    assert_eq!(r.claims[1].speaker, r.claims[0].speaker);
}

#[test]
fn a_governor_unnamed_speaks_with_the_place_he_governs() {
    let text = "وقال حاكم موبتي لوكالة الأنباء الفرنسية إن أربعة مشتبه بهم أوقفوا.";
    assert_eq!(first_speaker(text).as_deref(), Some("حاكم موبتي"));
    assert_eq!(first_speaker("وقال عضو البرلمان إن المحادثات ستستأنف.").as_deref(), Some("عضو البرلمان"));
}

#[test]
fn a_role_described_at_length_speaks_by_the_holder_set_off_after_it() {
    let text = "قال البروفيسور السعودي بالطب النفسي، طارق الحبيب، إن الملحد لا يشترط أن يكون مريضا.";
    assert_eq!(first_speaker(text).as_deref(), Some("طارق الحبيب"));
    let text =
        "وقال قائد هيئة الأركان المشتركة في حلف الأطلسي أميرال البحرية الأميركي، جيمس فوغو، إن التدريبات مهمة.";
    assert_eq!(first_speaker(text).as_deref(), Some("جيمس فوغو"));
    // No name closes the aside; a group and a body's head have no one holder.
    let text = "وقال مسؤول أمني، رافضا الكشف عن اسمه، إن الهجوم وقع ليلا.";
    assert_eq!(first_speaker(text).as_deref(), Some("مسؤول أمني"));
    let text = "قال ناشطون وأفراد من عائلة الداعية السعودي، سلمان العودة، إن النيابة طالبت بإعدامه.";
    assert_eq!(first_speaker(text).as_deref(), Some("ناشطون"));
    // A rank or title right before the name sets it off as a comma does; a noun with its
    // pronoun does not (his player).
    let text = "قالت وزيرة التخطيط والتعاون الدولي الأردنية الدكتورة ماري قعوار، إن الأردن ملتزم بسياسته.";
    assert_eq!(first_speaker(text).as_deref(), Some("ماري قعوار"));
    let text = "ووصف المدير الفني لليفربول لاعبه محمد صلاح بأنه لاعب من طراز عالمي.";
    assert_eq!(first_speaker(text).as_deref(), Some("المدير الفني"));
    // A rank may stand between the comma and the name.
    let text = "وقال قائد اللواء 143، العميد ذياب القبلي، إن أكثر من 20 مسلحا قتلوا في المعارك.";
    assert_eq!(first_speaker(text).as_deref(), Some("ذياب القبلي"));
}

#[test]
fn a_spokesman_for_a_body_named_twice_is_the_person_named_after() {
    let text = "وأعلن المتحدث الرسمي باسم قوات التحالف \"تحالف دعم الشرعية في اليمن\" العقيد الركن تركي \
                المالكي، أن الدفاعات الجوية اعترضت صاروخا.";
    assert_eq!(first_speaker(text).as_deref(), Some("تركي المالكي"));
    let text = "وقالت المتحدثة باسم وزارة الخارجية الأمريكية هيذر نويرت إن الوزير ناقش الأزمة.";
    assert_eq!(first_speaker(text).as_deref(), Some("هيذر نويرت"));
}

#[test]
fn an_act_with_its_own_verb_and_subject_after_it_is_not_its_tellers() {
    // `نفذه مسلحون`: done by gunmen, unnamed; Trump only refers to it.
    let r = record("وكان ترامب يشير إلى هجوم نفذه مسلحون على قاعة مسرح باتاكلان.");
    let attack = only_event(&r, "ASSAULT");
    assert!(attack.actor.is_empty(), "{:#?}", r.events);
    // A verb whose subject is its pronoun (`أجراه مع`) leaves the act to the one it points to.
    let r = record(
        "أكد الرئيس الأمريكي دونالد ترامب ضرورة التوصل إلى اتفاق جديد مع إيران، وذلك في اتصال هاتفي أجراه مع \
         رئيسة وزراء بريطانيا، تيريزا ماي، الإثنين.",
    );
    let call = only_event(&r, "CONSULT");
    assert_eq!(names(&r, &call.actor), ["دونالد ترامب"], "{:#?}", r.events);
}

#[test]
fn officials_quoted_by_a_relay_speak_and_no_feminine_verb_goes_on_with_them() {
    let r = record("ونقلت وكالة رويترز عن مسؤولين أتراك قولهم إن الصحفي قتل داخل القنصلية.");
    let quoted = r.claims.iter().find(|c| c.cue.text == "قولهم").expect("the officials' words");
    assert_eq!(quoted.speaker_text.as_deref(), Some("مسؤولين"), "{:#?}", r.claims);
    let r = record("واعتقلت الشرطة مشتبها به، بحسب مسؤولين. وقالت إن المشتبه به طالب.");
    let said = r.claims.iter().find(|c| c.cue.text == "قالت");
    assert!(said.is_none_or(|c| c.speaker_text.as_deref() != Some("مسؤولين")), "{:#?}", r.claims);
}

#[test]
fn a_call_is_a_claim_of_its_caller_and_a_prompt_is_none() {
    let r = record("كان الرئيس التركي رجب طيب أردوغان قد دعا الأتراك أمس إلى إبلاغ السلطات عن الزيادات.");
    let call = r.claims.first().expect("the call");
    assert_eq!(call.kind, "other");
    assert_eq!(names(&r, &call.speaker), ["رجب طيب أردوغان"]);
    let r = record("وتجاوز إشارة حمراء ما دعا الشرطة المحلية إلى إيقافه.");
    assert!(r.claims.is_empty(), "{:#?}", r.claims);
}

#[test]
fn a_subject_stands_before_the_particle_of_the_past_perfect() {
    let r = record("وكانت الولايات المتحدة قد اتهمت النظام السوري بشن هجوم كيماوي في دوما.");
    let accusation = only_event(&r, "DISAPPROVE");
    assert_eq!(names(&r, &accusation.actor), ["الولايات المتحدة"]);
    assert_eq!(names(&r, &accusation.target), ["النظام السوري"]);
    // Not a name right after another verb: `تدعمها إيران قد انسحبوا` is not Iran's withdrawal.
    let r = record("وقال إن مقاتلي حزب الله والمليشيات التي تدعمها إيران قد انسحبوا جميعا من هناك.");
    assert!(names(&r, &only_event(&r, "RETREAT").actor).iter().all(|n| n != "إيران"), "{:#?}", r.events);
}

#[test]
fn a_protected_word_is_not_cut_into_a_negation() {
    // `بعدما` is "after", not ب + عدم ("lack of").
    let r = record("سيطرت قوات سوريا الديمقراطية على بلدة هجين بعدما انسحب تنظيم داعش منها.");
    let withdrawal = only_event(&r, "RETREAT");
    assert!(!withdrawal.negated);
    assert_eq!(names(&r, &withdrawal.actor), ["تنظيم داعش"]);
}

#[test]
fn a_definite_common_noun_stands_for_the_actor_named_before() {
    let r =
        record("وصلت تعزيزات لتنظيم داعش إلى بلدة هجين. وشن التنظيم هجوما على مواقع قوات سوريا الديمقراطية.");
    let attack = r.events.iter().find(|e| e.trigger.text.starts_with("شن")).expect("the attack");
    assert_eq!(attack.event_type, "ASSAULT");
    // `التنظيم` is read as the armed group last named; the mention listed is that name.
    assert_eq!(names(&r, &attack.actor), ["تنظيم داعش"]);
    assert_eq!(names(&r, &attack.target), ["قوات سوريا الديمقراطية"]);
}

#[test]
fn an_act_in_the_future_tense_is_not_an_event() {
    assert_no_event(&["وقال المسؤول إن الجيش التركي سيشن هجوما على مدينة منبج الأسبوع المقبل."], "ASSAULT");
}

#[test]
fn words_inside_a_name_are_not_triggers() {
    // `دعم` inside the coalition's name is no act of support.
    assert_no_event(&["قال تحالف دعم الشرعية في اليمن إن طائراته قصفت مواقع في صعدة أمس."], "AID");
}

#[test]
fn a_person_attacking_a_person_in_words_is_criticism() {
    let r = record("وهاجم محمد جواد ظريف الرئيس الأمريكي دونالد ترامب أمس في طهران.");
    let event = only_event(&r, "DISAPPROVE");
    assert_eq!(names(&r, &event.actor), ["محمد جواد ظريف"]);
    assert_eq!(names(&r, &event.target), ["دونالد ترامب"]);
    assert!(r.events.iter().all(|e| e.event_type != "ASSAULT"));
}

#[test]
fn a_person_attacking_a_government_in_words_is_criticism() {
    let r = record("وشن وليد جنبلاط هجوما على النظام السوري في مقال تنشره صحيفة الأنباء.");
    assert_eq!(names(&r, &only_event(&r, "DISAPPROVE").target), ["النظام السوري"]);
    assert!(r.events.iter().all(|e| e.event_type != "ASSAULT"), "{:#?}", r.events);
    let r = record("وشنت منظمة العفو الدولية في تقرير لها هجوما على الشرطة المصرية.");
    assert!(r.events.iter().all(|e| e.event_type != "ASSAULT"), "{:#?}", r.events);
}

#[test]
fn attacks_and_injuries_in_a_match_are_the_games() {
    let r =
        record("وشن المنتخب السعودي هجوما قويا في الشوط الثاني من المباراة، قبل إصابة اللاعب في الدقيقة 70.");
    assert!(r.events.iter().all(|e| e.event_type != "ASSAULT"), "{:#?}", r.events);
}

#[test]
fn an_agreement_already_made_is_named_not_concluded() {
    assert_no_event(&["وأعلن الرئيس الأمريكي دونالد ترامب الانسحاب من الاتفاق النووي مع إيران أمس."], "AGREE");
    assert_an_event("ووقعت الحكومة العراقية الاتفاق مع إقليم كردستان في بغداد أمس.", "AGREE");
}

#[test]
fn a_relative_verb_carrying_its_object_has_its_subject_after_it() {
    let r = record("حذرت وزارة الدفاع الأمريكية من الهجوم على المقاتلين الذين تدعمهم واشنطن في شمال سوريا.");
    let aid = only_event(&r, "AID");
    assert_eq!(names(&r, &aid.actor), ["واشنطن"]);
}

#[test]
fn an_adverb_may_stand_between_a_verb_and_its_subject() {
    let r = record("وهي قوات تدعمها شكلياً قوات التحالف في ريف دير الزور.");
    let aid = only_event(&r, "AID");
    assert_eq!(names(&r, &aid.actor), ["قوات التحالف"]);
}

#[test]
fn owing_loyalty_and_achieving_are_not_condemning_and_investigating() {
    let r = record("دخلت الفصائل التي تدين بالولاء لتركيا مدينة جرابلس بعد التقدم الذي حققته في ريف حلب.");
    let kinds: Vec<&str> = r.events.iter().map(|e| e.event_type.as_str()).collect();
    assert!(!kinds.contains(&"DISAPPROVE") && !kinds.contains(&"INVESTIGATE"), "{:#?}", r.events);
}

#[test]
fn an_option_or_a_resolve_is_not_an_act() {
    let r = record(
        "الجيش السوري مصمم على تحرير دير الزور، ومن الخيارات المطروحة خيار ضرب أي قوة تعترضه في البادية.",
    );
    assert!(r.events.iter().all(|e| e.event_type != "ASSAULT"), "{:#?}", r.events);
}

#[test]
fn a_count_of_weapons_is_no_attack() {
    assert_no_event(&["تتضمن الميزانية نحو مليار دولار لتمويل 28 طائرة بدون طيار في العراق."], "ASSAULT");
}

#[test]
fn a_pronoun_subject_does_not_make_an_actor_attack_itself() {
    let r =
        record("تقدم الجيش السوري في ريف دير الزور. وعندما نفذت غارات على مواقع الجيش السوري في جبل الثردة.");
    let strikes = r.events.iter().find(|e| e.trigger.text.contains("غارات")).expect("the air strikes");
    assert!(strikes.actor.is_empty(), "{:#?}", strikes);
}

#[test]
fn harm_that_an_act_caused_is_done_by_its_actor() {
    let r = record("وأسفرت غارات النظام السوري المكثفة عن مقتل 13 من عناصر تنظيم داعش في بادية الميادين.");
    let killing = r.events.iter().find(|e| e.trigger.text == "مقتل").expect("the killing");
    assert_eq!(names(&r, &killing.actor), ["النظام السوري"]);
    assert_eq!(names(&r, &killing.target), ["تنظيم داعش"]);
}

#[test]
fn wounds_after_a_verb_of_injury_are_that_event() {
    let r = record("وأصيب سبعة مدنيين بجروح في قصف على مدينة دير الزور أمس.");
    assert!(r.events.iter().all(|e| !e.trigger.text.contains("جروح")), "{:#?}", r.events);
    assert!(r.events.iter().any(|e| e.trigger.text == "قصف"), "{:#?}", r.events);
}

#[test]
fn searching_is_not_holding_talks_and_aircraft_are_their_owners() {
    let r = record("أسفرت غارات النظام السوري عن مقتل عشرة مسلحين، كما هاجمت الطائرات مواقع في الميادين، لكن التنظيم يبحث عن هجمات جديدة.");
    assert!(r.events.iter().all(|e| e.event_type != "CONSULT"), "{:#?}", r.events);
    let attack = r.events.iter().find(|e| e.trigger.text == "هاجمت").expect("the attack");
    assert_eq!(names(&r, &attack.actor), ["النظام السوري"]);
}

#[test]
fn a_titled_body_before_a_person_names_the_person() {
    let r = record("وجاء إقرار وزيرة الخارجية الأمريكية السابقة هيلاري كلينتون بأن التنظيم صناعة أمريكية.");
    let admission = only_event(&r, "CONCEDE");
    assert_eq!(names(&r, &admission.actor), ["هيلاري كلينتون"]);
}

#[test]
fn achieving_goals_is_no_investigation() {
    let r = record("وتسعى الحكومة العراقية إلى تحقيق الأهداف المرسومة. وأعلنت الشرطة العراقية فتح تحقيق في الهجوم على بغداد.");
    // `تحقيق الأهداف` (achieving) is none; `فتح تحقيق في` (opened an inquiry) stays one.
    assert!(r.events.iter().all(|e| e.trigger.text != "تحقيق"), "{:#?}", r.events);
    assert!(r.events.iter().any(|e| e.event_type == "INVESTIGATE"), "{:#?}", r.events);
}

#[test]
fn a_carried_subject_named_after_la_is_the_doer() {
    let r = record("وسيطرت الميليشيات الحوثية على الحديدة الشهر الماضي. وشهدت شوارع المدينة أمس انسحاباً مفاجئاً للحوثيين من النقاط الأمنية.");
    let retreat = only_event(&r, "RETREAT");
    assert_eq!(names(&r, &retreat.actor), ["لحوثيين"]);
    assert!(retreat.target.is_empty());
}

#[test]
fn a_doer_named_in_what_a_speaker_said_or_calling_is_not_carried_into_the_next_sentence() {
    let r = record(
        "وقال بوغدانوف إن موسكو تدعو إيران وإسرائيل إلى ضبط النفس. نفذت الغارات بعد ساعات من زيارة نتانياهو.",
    );
    let raids = only_event(&r, "ASSAULT");
    assert!(raids.actor.is_empty(), "{:#?}", r.events);
    // Nor is one who called for something the doer of the next act of force.
    let r = record(
        "ودعا بوغدانوف إيران وإسرائيل إلى ضبط النفس. نفذت الغارات بعد ساعات من زيارة نتانياهو إلى موسكو.",
    );
    assert!(only_event(&r, "ASSAULT").actor.is_empty(), "{:#?}", r.events);
}

#[test]
fn the_name_after_a_phrase_ending_in_its_preposition_is_the_partner() {
    let r = record("وقال غيدني إن قوات سوريا الديمقراطية تعمل بالتنسيق مع القوات العراقية على الحدود.");
    let coordination = only_event(&r, "COOPERATE");
    assert_eq!(names(&r, &coordination.target), ["القوات العراقية"]);
    assert!(!coordination.actor.iter().any(|&m| r.mentions[m].text == "القوات العراقية"));
}

#[test]
fn an_aim_is_not_an_act_but_the_act_aiming_is() {
    // The sanctions are real; the isolation they aim at is not (yet).
    let r = record("وأعلن الرئيس الأمريكي دونالد ترامب عن عقوبات جديدة تهدف إلى زيادة عزلة كوريا الشمالية. وتهدف المرحلة الأولى تأمين الحدود السورية العراقية.");
    assert!(r.events.iter().any(|e| e.event_type == "SANCTION"), "{:#?}", r.events);
    assert!(r.events.iter().all(|e| e.event_type != "AID"), "{:#?}", r.events);
}

#[test]
fn an_intransitive_verb_with_an_object_is_another_word_but_its_noun_stays_an_advance() {
    let r = record("وأعربت الحكومة عن القلق من الدعم الذي تقدمه الدوحة لحركة حماس في غزة. ويواصل الجيش اليمني تقدمه الميداني في محافظة صعدة.");
    let advances: Vec<&str> =
        r.events.iter().filter(|e| e.event_type == "ASSAULT").map(|e| e.trigger.text.as_str()).collect();
    assert_eq!(advances, ["تقدمه"], "{:#?}", r.events);
    let advance = r.events.iter().find(|e| e.event_type == "ASSAULT").expect("the advance");
    assert!(advance.trigger.start > char_offset(&r.text, "ويواصل"));
}

#[test]
fn liberalizing_an_exchange_rate_takes_no_ground() {
    let r = record(
        "وشملت الإصلاحات في مصر تحرير سعر صرف الجنيه في نوفمبر 2016، بعد تحرير القوات العراقية مدينة الموصل.",
    );
    let takings: Vec<&Event> = r.events.iter().filter(|e| e.event_type == "ASSAULT").collect();
    assert_eq!(takings.len(), 1, "{:#?}", r.events);
    assert!(takings[0].trigger.start > char_offset(&r.text, "بعد"));
}

#[test]
fn a_storm_that_strikes_is_no_attack() {
    assert_no_event(&["وقالت مصادر يمنية إن الإعصار مكونو الذي ضرب جزيرة سقطرى أمس خلف دمارا كبيرا. وضرب زلزال قوي غرب اليابان."], "ASSAULT");
}

#[test]
fn a_suicide_bomber_is_a_person_and_his_verb_the_act() {
    let r = record("وقال مسؤول إن لدى التنظيم 3 آلاف انتحاري في دير الزور. وفجر مهاجم انتحاري حافلة للشرطة في كابول، مما أسفر عن سقوط 35 قتيلا.");
    let acts: Vec<&str> =
        r.events.iter().filter(|e| e.event_type == "ASSAULT").map(|e| e.trigger.text.as_str()).collect();
    assert!(!acts.contains(&"انتحاري"), "{:#?}", r.events);
    assert!(acts.contains(&"فجر"), "{:#?}", r.events);
}

#[test]
fn a_target_in_quotes_is_the_object_as_without_them() {
    let r = record(
        "شنت القوات الجوية العراقية ضربات جوية ضد مواقع لتنظيم \"الدولة الإسلامية\" داخل الأراضي السورية.",
    );
    let event = only_event(&r, "ASSAULT");
    assert_eq!(names(&r, &event.actor), ["القوات الجوية العراقية"]);
    assert_eq!(names(&r, &event.target), ["الدولة الإسلامية"]);
    let r = record("وتواصل قوات “قسد” القتال ضد “داعش” في ريف دير الزور.");
    assert_eq!(names(&r, &only_event(&r, "ASSAULT").target), ["داعش"]);
}

#[test]
fn a_lifeline_is_no_siege() {
    let r = record("وقدم الأمريكيون طوق النجاة لعناصر داعش في دير الزور.");
    assert!(r.events.iter().all(|e| e.mode.as_deref() != Some("siege")), "{:#?}", r.events);
    let r = record("وطوق الجيش السوري مدينة الميادين.");
    assert_eq!(only_event(&r, "ASSAULT").mode.as_deref(), Some("siege"));
}

#[test]
fn an_act_named_as_a_purpose_did_not_happen() {
    let r = record("ينتشر الجيش الأمريكي في سوريا من أجل قتال تنظيم \"الدولة الإسلامية\".");
    assert!(r.events.iter().all(|e| e.event_type != "ASSAULT"), "{:#?}", r.events);
    assert_eq!(names(&r, &only_event(&r, "MOBILIZE").actor), ["الجيش الأمريكي"]);
}

#[test]
fn a_support_verbal_noun_after_li_is_a_purpose() {
    assert_no_event(
        &[
            "وجند تنظيم داعش عشرات الشبان في الموصل لتنفيذ عمليات انتحارية.",
            "وحشد حزب الله مقاتليه قرب الحدود لتنفيذ هجوم على مواقع الجيش الإسرائيلي.",
        ],
        "ASSAULT",
    );
    assert_an_event("وشن حزب الله هجوما على مواقع الجيش الإسرائيلي قرب الحدود.", "ASSAULT");
    assert_an_event("وأعلنت الشرطة عن تنفيذ عمليات دهم في حي الجامعة ببغداد.", "COERCE");
}

#[test]
fn bringing_together_is_no_gathering() {
    assert_no_event(
        &[
            "ونشرت الفنانة يسرا صورة تجمعها بوالدتها الفنانة دلال عبد العزيز.",
            "وأكد الوزير عمق العلاقات التي تجمع بين الشعبين الشقيقين.",
        ],
        "PROTEST",
    );
    assert_an_event("وتجمع مئات المتظاهرين أمام مبنى البرلمان في عمان.", "PROTEST");
}

#[test]
fn an_act_under_inquiry_is_a_topic() {
    assert_no_event(
        &[
            "وطالبت منظمة العفو الدولية بفتح تحقيق في اغتيال الصحفي جمال خاشقجي في إسطنبول.",
            "ونفت موسكو تورطها في الهجوم على السفارة الأمريكية في بغداد.",
        ],
        "ASSAULT",
    );
    assert_an_event("وقتل ثلاثة جنود في هجوم على حاجز للجيش في سيناء.", "ASSAULT");
}

#[test]
fn readiness_and_ability_are_no_act() {
    assert_no_event(
        &[
            "وقال الرئيس الروسي فلاديمير بوتين إن روسيا مستعدة لاستخدام القوة وقصف مواقع تنظيم داعش في سوريا.",
            "وأكد القائد أن الجيش العراقي قادر على اقتحام مدينة الرمادي خلال أيام.",
        ],
        "ASSAULT",
    );
    assert_an_event("وقال المتحدث إن روسيا قصفت مواقع تنظيم داعش في سوريا.", "ASSAULT");
}

#[test]
fn a_quoted_name_after_its_organization_noun_is_the_doer() {
    let r = record("فقدت عشرات التلميذات بعد هجوم جماعة \"بوكو حرام\" على مدرستهن في نيجيريا.");
    assert_eq!(names(&r, &only_event(&r, "ASSAULT").actor), ["بوكو حرام"]);
}

#[test]
fn a_backer_is_never_the_target() {
    let r = record("وحررت قوات سوريا الديمقراطية مدينة الرقة بدعم من التحالف الدولي.");
    let event = only_event(&r, "ASSAULT");
    assert_eq!(names(&r, &event.actor), ["قوات سوريا الديمقراطية"]);
    assert!(event.target.is_empty(), "{:#?}", event);
}

#[test]
fn each_of_before_coordinated_subjects() {
    let r = record("وهاجم كل من الجيش السوري وحزب الله مواقع داعش قرب البوكمال.");
    let event = only_event(&r, "ASSAULT");
    assert_eq!(names(&r, &event.actor), ["الجيش السوري", "حزب الله"]);
    assert_eq!(names(&r, &event.target), ["داعش"]);
}

#[test]
fn submitting_and_aiming_are_no_advance_and_no_strike() {
    assert_no_event(&["وتقدم وزير الخارجية الأردني بالشكر إلى الحكومة العراقية."], "ASSAULT");
    assert_no_event(&["وتستهدف الحكومة المصرية خفض عجز الموازنة إلى 8.4% العام المقبل."], "ASSAULT");
    let r = record("واستهدف الجيش السوري مواقع داعش في البادية.");
    assert_eq!(names(&r, &only_event(&r, "ASSAULT").target), ["داعش"]);
}

#[test]
fn a_word_after_a_preposition_is_no_verb() {
    // أرحب is a district north of Sanaa, spelled like "I welcome".
    assert_no_event(&["ووصلت قوات الجيش اليمني إلى أرحب شمال صنعاء."], "SUPPORT");
}

#[test]
fn the_weapon_of_an_act_is_part_of_it() {
    let r = record("وقصفت قوات النظام بالصواريخ بلدة كفرنبل في ريف إدلب.");
    let event = only_event(&r, "ASSAULT");
    assert_eq!(names(&r, &event.actor), ["قوات النظام"]);
    let r = record("وأطلق الحوثيون صاروخا باليستيا على جازان.");
    assert_eq!(only_event(&r, "ASSAULT").mode.as_deref(), Some("missile"));
}

#[test]
fn a_planned_attack_is_a_plot_not_an_act() {
    assert_no_event(&["وخططت الخلية للهجوم على كنيسة في القاهرة."], "ASSAULT");
}

#[test]
fn a_backer_between_the_subject_and_its_act_is_not_the_doer() {
    let r = record("أحرزت قوات الجيش اليمني، بإسناد من طيران التحالف، تقدماً في مديرية القبيطة.");
    let advance = r.events.iter().find(|e| e.event_type == "ASSAULT").expect("the advance");
    assert_eq!(names(&r, &advance.actor), ["قوات الجيش اليمني"]);
}

#[test]
fn protesters_counted_as_the_victims_of_an_act_do_not_protest() {
    for text in ["واعتقل أكثر من 100 متظاهر في مدينة أنقرة.", "وأصيب 32 متظاهرا في مدينة سيرت."]
    {
        let r = record(text);
        assert!(r.events.iter().all(|e| e.event_type != "PROTEST"), "{text}: {:#?}", r.events);
    }
    // A crowd that does something still protests.
    assert_an_event("ويحتل نحو عشرة متظاهرين ردهة بمبنى البرلمان في عمان.", "PROTEST");
}

#[test]
fn an_act_named_as_what_is_policed_allowed_or_charged_is_no_event() {
    for text in [
        "وأطلقت قوات مكافحة الشغب الغاز المسيل للدموع في أثينا.",
        "وتدعم الولايات المتحدة حرية التعبير والتجمع في مصر.",
        "وحكمت محكمة في الخرطوم على نورا حسين بالإعدام بتهمة قتل زوجها.",
        "واتهمت المحكمة خمسة أشخاص في قضية اغتيال رفيق الحريري.",
    ] {
        let r = record(text);
        let kinds = ["PROTEST", "ASSAULT"];
        assert!(r.events.iter().all(|e| !kinds.contains(&e.event_type.as_str())), "{text}: {:#?}", r.events);
    }
}

#[test]
fn a_rank_occupied_after_a_long_subject_is_no_seizure() {
    assert_no_event(&["واحتل سهم بنك الريان المرتبة الأولى في سوق الدوحة."], "ASSAULT");
}

#[test]
fn the_peace_process_is_no_march() {
    assert_no_event(&["وبحث الوزراء في القاهرة وقف تدهور مسيرة السلام في الشرق الأوسط."], "PROTEST");
}

#[test]
fn two_drones_are_no_marches() {
    let text = "وأعلن التحالف أن قواته أسقطت طائرتين مسيرتين أطلقهما الحوثيون باتجاه جازان.";
    assert_no_event(&[text], "PROTEST");
    assert_eq!(event_with_trigger(&record(text), "طائرتين مسيرتين").event_type, "ASSAULT");
}

#[test]
fn a_career_is_no_march() {
    assert_no_event(&["وحصلت خلال مسيرتها المهنية في الأمم المتحدة على عدة جوائز."], "PROTEST");
    assert_an_event("ونظمت حركة حماس مسيرة حاشدة في مدينة غزة.", "PROTEST");
}

#[test]
fn entering_a_stage_or_a_hospital_is_no_entry_of_forces() {
    assert_no_event(
        &[
            "ودخلت الرسوم الصينية حيز التنفيذ في بكين اليوم الجمعة.",
            "ودخل الرئيس عباس إلى المستشفى في رام الله يوم الجمعة.",
            "ودخلت طوكيو وواشنطن في سجال بشأن التجارة.",
        ],
        "ASSAULT",
    );
    assert_an_event("ودخلت قوات الجيش اليمني مدينة تعز أمس.", "ASSAULT");
}

#[test]
fn a_bomb_that_went_off_was_set_off() {
    assert_an_event("وقال مصدر أمني إن سيارة مفخخة انفجرت بالقرب من مقر حاكم كابل.", "ASSAULT");
}

#[test]
fn a_verb_after_a_charge_or_a_riot_control_noun_is_its_own_act() {
    assert_an_event(
        "وأوضح الجيش أن جنوده استخدموا وسائل مكافحة الشغب وأطلقوا الرصاص الحي على الحدود مع غزة.",
        "ASSAULT",
    );
}

#[test]
fn a_weapon_after_a_head_of_equipment_is_no_shot_fired() {
    assert_no_event(
        &[
            "وتبدي ليبيا اهتماما بشراء أنظمة صواريخ أرض جو من روسيا.",
            "ونشرت الولايات المتحدة شبكة مضادة للصواريخ الباليستية في بولندا.",
            // Where it is stored, after و too.
            "وفي البلدة مقر ومستودع للصواريخ يتواجد فيه عدد من العناصر.",
        ],
        "ASSAULT",
    );
    assert_an_event("وأطلق الحوثيون صواريخ على جازان أمس.", "ASSAULT");
}

#[test]
fn interfering_in_elections_is_no_entry_of_forces() {
    assert_no_event(&["ويحقق مولر في تدخل روسيا في الانتخابات الرئاسية الأمريكية عام 2016."], "ASSAULT");
}

#[test]
fn fighters_named_by_a_definite_plural_are_the_group_named_before() {
    let record = record(
        "قتل عشرة من عناصر تنظيم داعش في غارات للجيش العراقي، فيما هاجم المتشددون مواقع الجيش قرب القائم.",
    );
    let attack = record.events.iter().find(|e| e.trigger.text == "هاجم").expect("هاجم is an event");
    assert_eq!(names(&record, &attack.actor), vec!["تنظيم داعش"]);
}

#[test]
fn a_crime_charged_further_on_in_the_clause_is_no_event() {
    // Past the word right after the charge, along its conjuncts.
    assert_no_event(
        &[
            "ويحاكم ياسين عمر ومختار إبراهيم في لندن بتهمة التآمر من أجل القتل وتنفيذ عمليات تفجير.",
            "وأصدرت المحكمة مذكرة توقيف بحق القائد المتهم خصوصا بالاغتصاب وتجنيد الأطفال وقتل آلاف المدنيين.",
        ],
        "ASSAULT",
    );
    // After a time preposition the act is told as having happened.
    assert_an_event("وكان الضابط متهما بالكذب بعد مقتل 12 مدنيا في بلدة حديثة.", "ASSAULT");
}

#[test]
fn a_conspiracy_to_kill_is_no_killing() {
    assert_no_event(&["واتهمته النيابة في القاهرة بالمؤامرة على قتل الوزير."], "ASSAULT");
}

#[test]
fn attacks_to_be_stopped_are_no_attacks() {
    assert_no_event(
        &[
            "وطالبت الجامعة العربية إسرائيل بوقف اعتداءاتها على قطاع غزة.",
            "وطالب المصدر مجلس الأمن بالتحرك الفوري لوضع حد لاستمرار تلك الهجمات.",
            "ودعا إلى الحد من الغارات على المدنيين.",
            "ودعا إلى وضع حد للقصف.",
        ],
        "ASSAULT",
    );
    // A past verb of stopping tells of strikes that were made.
    assert_an_event("وأوقف التحالف ضرباته الجوية على مدينة الرقة أمس.", "ASSAULT");
}

#[test]
fn an_office_named_after_operations_is_no_operation() {
    assert_no_event(
        &[
            "وقال علي حسن منسق العمليات الأمنية في حزب الله إن الاجتماع انتهى.",
            "وقال اللواء أحمد قائد الفرقة الثامنة وقائد عمليات البصرة إن الوضع هادئ.",
            "وقال عمر صالح المتحدث باسم حركة تحرير السودان في الخرطوم إن الحركة سترد.",
        ],
        "ASSAULT",
    );
}

#[test]
fn an_imperfect_after_an_is_no_act_done() {
    assert_no_event(&["ومن الطبيعي أن يقصف الجيش الأمريكي مواقع طالبان في قندهار."], "ASSAULT");
    // After قبل أن the act happened.
    let r = record("وأطلق المسلح النار على الحراس قبل أن يفجر نفسه في مدخل الفندق ببغداد.");
    assert!(
        r.events.iter().any(|e| e.event_type == "ASSAULT" && e.trigger.text == "يفجر نفسه"),
        "{:#?}",
        r.events
    );
}

#[test]
fn a_force_that_arrives_is_deployed_with_the_force_as_actor() {
    let r = record("وصلت القوات العراقية إلى مدينة القائم صباح الأحد.");
    assert_eq!(names(&r, &only_event(&r, "MOBILIZE").actor), ["القوات العراقية"]);
    let r = record("ورحب السكان بوصول الجيش العراقي إلى بلدة القائم.");
    assert_eq!(names(&r, &only_event(&r, "MOBILIZE").actor), ["الجيش العراقي"]);
}

#[test]
fn what_arrives_other_than_a_force_is_no_deployment() {
    assert_no_event(
        &[
            "وصل وزير الخارجية الروسي إلى دمشق في زيارة رسمية.",
            "وصل عدد القتلى إلى 40 في الموصل.",
            "سيطرت القوات العراقية على القرى الحدودية وصولا إلى مدينة القائم.",
            "منعت الميليشيات وصول المساعدات إلى مدينة الحديدة.",
            "وقال مسؤول إن الجثث وصلت إلى مستشفى الموصل.",
        ],
        "MOBILIZE",
    );
}

#[test]
fn arriving_reinforcements_are_one_event() {
    let r = record("وصلت تعزيزات عسكرية إلى دير الزور.");
    only_event(&r, "MOBILIZE");
}

#[test]
fn the_group_fought_against_is_not_the_subject_of_a_later_verb() {
    let r = record(
        "خاضت قوات سوريا الديمقراطية معارك ضد تنظيم \"الدولة الإسلامية\" في الرقة، وتمكنت من طرده منها.",
    );
    let wrong = r.events.iter().any(|e| names(&r, &e.actor).iter().any(|a| a == "الدولة الإسلامية"));
    assert!(!wrong, "{:#?}", r.events);
}

#[test]
fn a_person_named_after_an_office_after_the_verb_is_the_actor() {
    let r = record("والتقى الرئيس الأميركي دونالد ترمب مع الرئيس الفرنسي إيمانويل ماكرون في باريس.");
    let meeting = only_event(&r, "CONSULT");
    assert_eq!(names(&r, &meeting.actor), ["دونالد ترمب"]);
    assert_eq!(names(&r, &meeting.target), ["إيمانويل ماكرون"]);
    let r = record("واجتمع ولي العهد السعودي الأمير محمد بن سلمان مع رئيسة الوزراء البريطانية تيريزا ماي.");
    assert_eq!(names(&r, &only_event(&r, "CONSULT").actor), ["محمد بن سلمان"]);
}

#[test]
fn a_nationality_after_an_act_names_the_state_that_did_it() {
    let r = record("قتل فلسطيني في قصف إسرائيلي على قطاع غزة، وقال الجيش الإسرائيلي إنه استهدف مسلحين.");
    let shelling = r.events.iter().find(|e| e.trigger.text == "قصف").expect("the shelling");
    assert_eq!(names(&r, &shelling.actor), ["الجيش الإسرائيلي"]);
    let r = record("رحبت روسيا بالانسحاب الأمريكي من سوريا، وقالت إن على الولايات المتحدة احترام سيادة البلاد.");
    assert_eq!(names(&r, &only_event(&r, "RETREAT").actor), ["الولايات المتحدة"]);
}

#[test]
fn a_nationality_after_harm_done_names_the_victim_not_the_doer() {
    let r = record("نددت الحكومة العراقية باختطاف أمريكي في بغداد، فيما تتابع الولايات المتحدة القضية.");
    assert!(r.events.iter().all(|e| e.actor.is_empty() || e.event_type != "ASSAULT"), "{:#?}", r.events);
}

#[test]
fn a_verb_after_a_relative_pronoun_and_a_common_noun_keeps_no_earlier_doer() {
    let r = record("واستهدف الاعتداء الأمريكي الأخير القوات الشعبية التي تقاتل تنظيم داعش في دير الزور.");
    let fight = r.events.iter().find(|e| e.trigger.text == "تقاتل").expect("the fighting");
    assert!(fight.actor.is_empty(), "{:#?}", r.events);
}

#[test]
fn the_subject_of_a_verb_of_managing_did_the_act_its_noun_names() {
    let r = record("وتمكنت قوات سوريا الديمقراطية من طرد تنظيم داعش من مدينة الرقة.");
    let expelling = only_event(&r, "ASSAULT");
    assert_eq!(expelling.trigger.text, "طرد");
    assert_eq!(names(&r, &expelling.actor), ["قوات سوريا الديمقراطية"]);
    assert_eq!(names(&r, &expelling.target), ["تنظيم داعش"]);
    let r = record("ولم يتمكن الجيش العراقي من استعادة المدينة.");
    assert!(only_event(&r, "ASSAULT").negated, "{:#?}", r.events);
}

#[test]
fn a_verb_of_managing_governs_only_the_word_after_its_preposition() {
    // The attack repelled was the rebels' act, not the army's; the demands were not failed.
    let r = record("وتمكنت قوات الجيش العراقي من صد هجوم لمسلحي داعش على مواقعها.");
    assert!(r.events.iter().all(|e| !e.trigger.text.contains("تمكنت")), "{:#?}", r.events);
    let r = record("لم ينجح ترمب في إقناع أحد بتبني مطالبه في إعادة النظر بالاتفاق.");
    assert!(r.events.iter().all(|e| !e.negated), "{:#?}", r.events);
}

#[test]
fn la_before_still_asserts_the_act() {
    let r = record("وقال المسؤول إن التحالف الدولي لا يزال يواصل تعاونه مع قوات سوريا الديمقراطية.");
    assert!(!only_event(&r, "COOPERATE").negated, "{:#?}", r.events);
}

#[test]
fn qad_before_a_perfect_support_verb_asserts() {
    let r = record("وقد خاضت قوات سوريا الديمقراطية المعارك ضد تنظيم داعش في الرقة.");
    assert!(!only_event(&r, "ASSAULT").hedged, "{:#?}", r.events);
    let r = record("وكان طيران التحالف قد شن غارات على مواقع الحوثيين.");
    assert!(!only_event(&r, "ASSAULT").hedged, "{:#?}", r.events);
    let r = record("وقد تشن قوات سوريا الديمقراطية هجوما على تنظيم داعش.");
    assert!(only_event(&r, "ASSAULT").hedged, "{:#?}", r.events);
}

#[test]
fn forces_named_by_nationality_act_for_their_state() {
    let r = record(
        "شنت طائرات حربية إسرائيلية غارات على مواقع لحركة حماس في غزة، وقال الجيش الإسرائيلي إنها ردت.",
    );
    let raid = only_event(&r, "ASSAULT");
    assert_eq!(names(&r, &raid.actor), ["الجيش الإسرائيلي"]);
    assert_eq!(names(&r, &raid.target), ["حركة حماس"]);
    // Killing is spelled the same in the passive: the soldiers may be the ones killed.
    let r = record("وقتل جنود أمريكيون في هجوم قرب بغداد، حسب ما أعلن الجيش الأمريكي.");
    assert!(r.events.iter().all(|e| e.actor.is_empty()), "{:#?}", r.events);
}

#[test]
fn weak_words_of_force_need_a_sentence_about_conflict() {
    let texts = [
        "وأشار صندوق النقد الدولي إلى أن السعودية تواصل تحقيق تقدم جيد في تنفيذ برنامجها الإصلاحي.",
        "وتستهدف مصر بالموازنة الجديدة خفض العجز الكلي إلى 8 في المئة.",
        "ودخلت المتسابقة في مواجهة مع زميلتها في الحلقة الأخيرة من البرنامج.",
        "وجاءت زيارة كوشنير لتعزيز جهود استئناف عملية السلام بين الفلسطينيين والإسرائيليين.",
        "وجاء ذلك بعد انتشار تقارير صحافية عن تعديل وزاري مرتقب.",
        "وتكبدت صناديق الأسهم ثاني أكبر نزوح أموال أسبوعي لها على الإطلاق.",
    ];
    for event_type in ["ASSAULT", "MOBILIZE", "RETREAT"] {
        assert_no_event(&texts, event_type);
    }
    // The same words with forces in the sentence are acts of force.
    let r = record("وأحرزت قوات الجيش اليمني تقدما جديدا في مديرية القبيطة.");
    assert_eq!(names(&r, &only_event(&r, "ASSAULT").actor), ["قوات الجيش اليمني"]);
}

#[test]
fn a_word_written_with_ta_marbuta_is_no_form_with_a_pronoun() {
    // `قبضة` (grip) folds like `قبضه` (his arrest).
    let r = record("وتقدمت قوات الجيش اليمني لتحرير الساحل الغربي من قبضة ميليشيا الحوثي.");
    assert!(r.events.iter().all(|e| e.event_type != "COERCE"), "{:#?}", r.events);
    let r = record("وألقت الشرطة القبض على المتهم، وقالت إن قبضه تم في منزله.");
    assert!(r.events.iter().any(|e| e.event_type == "COERCE"), "{:#?}", r.events);
}

#[test]
fn exactly_is_no_seizure() {
    let r = record("وسيعرض الفيلم في آب 2019، أي بعد 50 عاماً بالضبط على مقتل الممثلة.");
    assert!(r.events.iter().all(|e| e.event_type != "COERCE"), "{:#?}", r.events);
}

#[test]
fn a_news_agency_does_not_meet_or_agree() {
    let r = record("وكانت آخر زيارة للبشير إلى روسيا عام 2017، عندما اجتمع مع الرئيس فلاديمير بوتين، بحسب وكالة إنترفاكس.");
    let agency = |e: &Event| names(&r, &e.actor).iter().any(|n| n.contains("إنترفاكس"));
    assert!(!r.events.iter().any(agency), "{:#?}", r.events);
}

#[test]
fn what_a_verb_of_managing_governs_was_done() {
    let r = record(
        "وتسيطر قوات سوريا الديموقراطية على مناطق واسعة في شمال سوريا، وقد خاضت المعارك ضد تنظيم داعش في الرقة، وتمكنت من طرده منها.",
    );
    let expelling = r.events.iter().find(|e| e.trigger.text == "طرده").expect("the expulsion");
    assert_eq!(names(&r, &expelling.actor), ["قوات سوريا الديموقراطية"]);
}

#[test]
fn harm_in_a_crash_or_a_road_accident_is_no_attack() {
    assert_no_event(
        &[
            "لقي سائق قطار وراكبة مصرعهما، وأصيب 14 راكباً آخرين بجروح، في تصادم بين قطارين في بافاريا.",
            "قتل جندي فرنسي وأصيب آخر بجروح خطرة في تحطم مروحية عسكرية قرب أبيدجان.",
            "لقي خمسة أشخاص مصرعهم أمس في حادث سير على الطريق الدولي.",
        ],
        "ASSAULT",
    );
    assert_an_event("وقتل خمسة جنود في هجوم على حاجز للجيش قرب الحدود.", "ASSAULT");
}

#[test]
fn snatching_a_prize_is_a_figure_of_speech() {
    assert_no_event(
        &[
            "في حين خطف الممثل غاري أولدمان جائزة أفضل ممثل عن دوره.",
            "وقامت المدربة بخطف المتسابق من فريق زميلها في البرنامج.",
            "وكانت الممثلة قد رحلت بعد أن خطفها الموت إثر أزمة قلبية.",
        ],
        "ASSAULT",
    );
    assert_an_event("وخطف مسلحون ثلاثة عمال أجانب من موقع للنفط جنوب البلاد.", "ASSAULT");
}

#[test]
fn members_of_a_force_act_for_it() {
    let r = record("وبالتزامن، سيطرت وحدات من الجيش اليمني على سلسلة جبال كهبوب.");
    assert_eq!(names(&r, &only_event(&r, "ASSAULT").actor), ["الجيش اليمني"]);
    let r = record("وأفادت مصادر عسكرية أن قوات من الجيش اليمني أحكمت سيطرتها على منطقة الكتف.");
    assert_eq!(names(&r, &only_event(&r, "ASSAULT").actor), ["الجيش اليمني"]);
    let r = record("وشهدت الجبهة معارك ونجح خلالها الجيش اليمني في تحرير منطقة الكتف آخر معقل للحوثيين.");
    let freeing = r.events.iter().find(|e| e.trigger.text == "تحرير").expect("the liberation");
    assert_eq!(names(&r, &freeing.actor), ["الجيش اليمني"]);
}

#[test]
fn the_national_army_is_the_one_the_article_named() {
    let r =
        record("أعلن الجيش الوطني اليمني تقدمه في صعدة. وتمكنت قوات الجيش الوطني من تحرير مرتفعات القناص.");
    let freeing = r.events.iter().find(|e| e.trigger.text == "تحرير").expect("the liberation");
    assert_eq!(names(&r, &freeing.actor), ["الجيش الوطني"]);
    let MentionInfo::Actor { entry, .. } = &r.mentions[freeing.actor[0]].info else { panic!("an actor") };
    assert_eq!(entry.as_deref(), Some("yemen-army"));
}

#[test]
fn a_state_after_a_feminine_support_verb_with_a_pronoun_did_the_act() {
    let r = record("وقتل جنديان في غارة شنتها تركيا على عفرين.");
    let strike = event_with_trigger(&r, "غارة");
    assert_eq!(names(&r, &strike.actor), ["تركيا"]);
    let r = record("وحين سئل الوزير أشار إليها واتهم إسرائيل باتخاذ إجراءات قمعية.");
    let accusation = only_event(&r, "DISAPPROVE");
    assert!(names(&r, &accusation.actor).iter().all(|n| n != "إسرائيل"), "{:#?}", r.events);
}

#[test]
fn a_bomb_found_defused_carried_or_foiled_is_no_attack() {
    assert_no_event(
        &[
            "فككت قوات الأمن عبوة ناسفة في الموصل.",
            "أبطلت قوات الهندسة مفعول عبوة ناسفة في كركوك.",
            "قامت فرق الهندسة بتفكيك حزام ناسف في الرمادي.",
            "تمكنت الشرطة من إحباط عملية تفجير سيارة مفخخة في الموصل.",
            "اعتقلت الشرطة ثلاثة مسلحين وهم يستقلون سيارة مفخخة متوجهين الى كربلاء.",
        ],
        "ASSAULT",
    );
    assert_an_event("انفجرت سيارة مفخخة قرب بغداد.", "ASSAULT");
    assert_an_event("قتل خمسة في انفجار عبوة ناسفة في بغداد.", "ASSAULT");
}

#[test]
fn after_or_before_an_opens_a_clause_whose_names_are_not_the_target() {
    let r = record("استطاعت داعش استعادة المناطق المحررة بكاملها بعد أن أوقف التحالف ضرباته العسكرية.");
    let retaking = r.events.iter().find(|e| e.trigger.text == "استعادة").expect("the retaking");
    assert!(names(&r, &retaking.target).is_empty(), "{:#?}", r.events);
    let r = record("ورحب ماكرون بالموقف الإسباني بعد أن وافقت الحكومة الإسبانية على استقبال السفينة.");
    let welcome = only_event(&r, "SUPPORT");
    assert!(names(&r, &welcome.target).is_empty(), "{:#?}", r.events);
}

#[test]
fn qabada_without_ala_receives_and_does_not_arrest() {
    assert_no_event(
        &[
            "وهو نيك موزين الذي قبض أموالاً من أجل القيام بأعمال علاقات عامة.",
            "وكان الثائر يقبض ما بين 2000 و4000 دينار شهريا.",
        ],
        "COERCE",
    );
    assert_an_event("قبضت قوات الجيش اليمني في مديرية كتاف بمحافظة صعدة، على عصابة تهريب.", "COERCE");
    assert_an_event("وقبض عليه في الموصل.", "COERCE");
}

#[test]
fn the_side_whose_ranks_are_named_does_not_act_after() {
    let r = record(
        "وأسفرت المعارك عن سقوط عدد من القتلى في صفوف الميليشيات الحوثية، إضافة إلى تدمير آلية قتالية.",
    );
    assert!(
        r.events.iter().all(|e| e.trigger.text != "تدمير" || names(&r, &e.actor).is_empty()),
        "{:#?}",
        r.events
    );
}

#[test]
fn the_pronoun_of_a_complementizer_makes_the_speaker_the_actor_of_the_first_verb() {
    let r = record("أعلنت قسد أنها سيطرت على قرية الباغوز.");
    assert_eq!(names(&r, &only_event(&r, "ASSAULT").actor), ["قسد"], "{:#?}", r.events);
    let r = record("وأعلن الجيش الإسرائيلي، الخميس، أنه ضرب ليلاً عشرات الأهداف العسكرية في سوريا.");
    assert_eq!(names(&r, &only_event(&r, "ASSAULT").actor), ["الجيش الإسرائيلي"], "{:#?}", r.events);
    // Who reports an act without the pronoun did not do it.
    let r = record("ذكر المرصد السوري أن قصفا استهدف الباغوز.");
    assert!(r.events.iter().all(|e| e.actor.is_empty()), "{:#?}", r.events);
    // A plural pronoun after one person stands for others.
    let r = record("وجه عمرو سعد الشكر لجمهوره، مؤكدا أنهم يحمونه من أي قوة.");
    assert!(r.events.iter().all(|e| names(&r, &e.actor) != ["عمرو سعد"]), "{:#?}", r.events);
}

#[test]
fn a_sentence_that_names_a_new_actor_takes_no_subject_from_the_sentence_before() {
    let r = record(
        "وقال غوتيريس أمام مجلس الأمن: \"أدين بشكل قاطع خطوات جميع الأطراف\". \
         وتلقّى مجلس الأمن التقرير الأسبوع الماضي قبل اجتماع سيعقده الثلاثاء.",
    );
    assert!(
        r.events.iter().all(|e| e.trigger.text != "اجتماع" || names(&r, &e.actor) != ["غوتيريس"]),
        "{:#?}",
        r.events
    );
    // `بشكل قاطع` is "categorically", no boycott.
    assert!(r.events.iter().all(|e| e.event_type != "SANCTION"), "{:#?}", r.events);
}

#[test]
fn a_noun_carrying_a_pronoun_has_no_target_named_after_it_without_a_preposition() {
    let r = record("وجاء إعلان اعتقالها بعد بضع ساعات من قمة بوتين وترمب في هلسنكي.");
    let arrest = only_event(&r, "COERCE");
    assert!(names(&r, &arrest.target).is_empty(), "{:#?}", r.events);
    let r = record("وجددت طائرات التحالف قصفها لمواقع ميليشيا الحوثي في محافظة البيضاء.");
    let shelling = r.events.iter().find(|e| e.trigger.text == "قصفها").expect("the shelling");
    assert_eq!(names(&r, &shelling.target), ["ميليشيا الحوثي"], "{:#?}", r.events);
    let r = record("وكان فضل شاكر أعلن انضمامه إلى جماعة أحمد الأسير في لبنان عام 2013.");
    let joining = r.events.iter().find(|e| e.trigger.text == "انضمامه").expect("the joining");
    assert!(!joining.target.is_empty(), "{:#?}", r.events);
}

#[test]
fn a_weak_verb_form_after_a_number_or_kull_is_the_noun() {
    assert_no_event(
        &[
            "وتلقت الوزارة أكثر من 200 طلب من رجال الأعمال.",
            "فأصبح على كل طالب دفع 500 ريال عن المرحلة الابتدائية.",
        ],
        "DEMAND",
    );
    assert_an_event("وفي 7 يونيو 2017 طلب المركز الأوروبي من المدعي العام فتح تحقيق.", "DEMAND");
}

#[test]
fn a_noun_of_driving_out_with_a_pronoun_was_done_to_the_side_named_before() {
    // The pronoun of `دحرها` is the militia: it planted the mines and was routed, it did
    // not rout anyone.
    let r = record("وتظهر الصور الألغام التي كانت زرعتها ميليشيات الحوثي قبل دحرها من مفرق المخا.");
    let routing = r.events.iter().find(|e| e.trigger.text == "دحرها").expect("the routing");
    assert!(routing.actor.is_empty(), "{:#?}", r.events);
    // After a noun of taking ground, the side after من is driven out.
    let r = record("وسيطر الجيش السوري على المدينة بعد تحريرها من تنظيم داعش.");
    let liberation = r.events.iter().find(|e| e.trigger.text == "تحريرها").expect("the liberation");
    assert_eq!(names(&r, &liberation.target), ["تنظيم داعش"], "{:#?}", r.events);
    assert_eq!(names(&r, &liberation.actor), ["الجيش السوري"], "{:#?}", r.events);
}

#[test]
fn shot_dead_needs_its_word_for_dead() {
    assert_no_event(
        &[
            "وقال المخرج: أردت كسر الحواجز بين العالم العربي والغرب.",
            "معبرا عن قلقه من تردي الأوضاع الاقتصادية في البلاد.",
            "لكن المحللين يردون بأن معظم الواردات تأتي من كندا.",
        ],
        "ASSAULT",
    );
    let r = record("وأطلق مسلحون النار على الرجل في صنعاء حتى أردوه قتيلا.");
    assert!(r.events.iter().any(|e| e.trigger.text == "أردوه قتيلا"), "{:#?}", r.events);
    assert_an_event("وعرف المشتبه به الذي أردته الشرطة قتيلا في غروزني.", "ASSAULT");
}

#[test]
fn a_killing_looked_into_is_no_event_nor_the_bullets_it_was_done_with() {
    let r = record("وجدّد غوتيريس دعوته لإجراء تحقيق مستقل في مقتل الفلسطينيين بالرصاص في غزة.");
    assert!(r.events.iter().all(|e| e.event_type != "ASSAULT"), "{:#?}", r.events);
    // The bullets of a reported killing are part of it, not a second act.
    let r = record("وقتل عشرات الفلسطينيين الاثنين برصاص الجيش الإسرائيلي قرب السياج.");
    let killing = only_event(&r, "ASSAULT");
    assert_eq!(names(&r, &killing.actor), ["الجيش الإسرائيلي"], "{:#?}", r.events);
}

#[test]
fn a_denial_negates_what_it_denies_when_the_speaker_is_not_named() {
    let r = record("ونفت مصادر في الوزارة أن تكون الشرطة المصرية عذبت الصحفي أحمد سالم في السجن.");
    assert!(only_event(&r, "ASSAULT").negated, "{:#?}", r.events);
    let r = record("ونفى في حديث آخر، أن تكون الحكومة السورية شنت غارات على إدلب.");
    assert!(only_event(&r, "ASSAULT").negated, "{:#?}", r.events);
    // What is said after the denial is not under it.
    let r = record("ونفى الوزير ذلك، وقال إن الحكومة السورية شنت غارات على إدلب.");
    assert!(!only_event(&r, "ASSAULT").negated, "{:#?}", r.events);
}

#[test]
fn a_support_verb_after_the_words_of_an_act_names_its_doer() {
    let r = record("واعترضت الدفاعات الجوية صاروخا باليستيا أطلقته ميليشيا الحوثي على مدينة مأرب.");
    let missile = r.events.iter().find(|e| e.trigger.text.contains("صاروخا")).expect("the missile");
    assert_eq!(names(&r, &missile.actor), ["ميليشيا الحوثي"], "{:#?}", r.events);
    // Harm done in a strike someone launched is not done to them.
    let r = record("قتل جندي سوري مساء الخميس في غارة شنها التحالف الدولي على موقع عسكري.");
    let killing = r.events.iter().find(|e| e.trigger.text == "قتل").expect("the killing");
    assert!(killing.target.is_empty(), "{:#?}", r.events);
    let strike = r.events.iter().find(|e| e.trigger.text == "غارة").expect("the strike");
    assert_eq!(names(&r, &strike.actor), ["التحالف الدولي"], "{:#?}", r.events);
    // A verb with no pronoun after a preposition is no support verb of the act.
    let r = record("ودعا الشيخ أبناء القبائل إلى الانخراط في المعارك في وجه الحوثيين.");
    assert!(r.events.iter().all(|e| names(&r, &e.actor) != ["الحوثيين"]), "{:#?}", r.events);
}

#[test]
fn an_unnamed_subject_after_a_complementizer_is_not_the_doer_before() {
    let r =
        record("وقصفت طائرات التحالف الدولي مواقع في هجين. وذكر ناشطون أن مئات العائلات نزحت باتجاه الحسكة.");
    let flight = r.events.iter().find(|e| e.trigger.text == "نزحت").expect("the flight");
    assert!(flight.actor.is_empty(), "{:#?}", r.events);
    // A support verb's pronoun points back to the nearest act: the arrests, not the protest.
    let r = record("خرج مئات في تظاهرة احتجاجا على حملة اعتقالات تنفذها قوات سوريا الديمقراطية.");
    assert!(
        r.events.iter().filter(|e| e.event_type == "PROTEST").all(|e| e.actor.is_empty()),
        "{:#?}",
        r.events
    );
}

// Protest words that name no protest the sentence reports (crate::protest).

#[test]
fn a_protest_pointed_back_to_is_no_new_one() {
    let r =
        record("وخرج آلاف الطلاب في مظاهرة حاشدة في القاهرة. وجاءت هذه المظاهرة بعد قرار رفع الرسوم الجامعية.");
    assert_eq!(only_event(&r, "PROTEST").trigger.text, "مظاهرة");
    assert_eq!(r.events.iter().filter(|e| e.event_type == "PROTEST").count(), 1);
}

#[test]
fn a_gathering_of_fighters_is_no_rally() {
    let r = record("وقصفت المدفعية تجمعا لميليشيات الحوثي في مديرية نهم.");
    assert!(r.events.iter().all(|e| e.event_type != "PROTEST"), "{:#?}", r.events);
    assert_an_event("وقصفت المدفعية تجمعا لميليشيات الحوثي في مديرية نهم.", "ASSAULT");
}

#[test]
fn what_brings_two_together_is_no_gathering() {
    assert_no_event(&["وأكدت الممثلة أن علاقة خاصة تجمع بينهما منذ الطفولة في القاهرة."], "PROTEST");
}

#[test]
fn a_protest_where_force_was_used_happened_without_the_forces_as_its_actor() {
    let r = record("وقتل ثلاثة فلسطينيين بنيران الجيش الإسرائيلي خلال مظاهرات قرب السياج.");
    let protest = only_event(&r, "PROTEST");
    assert!(protest.actor.is_empty(), "{:#?}", r.events);
    let killing = only_event(&r, "ASSAULT");
    assert_eq!(names(&r, &killing.actor), ["الجيش الإسرائيلي"], "{:#?}", r.events);
}

#[test]
fn a_denied_part_in_an_act_leaves_the_act_real_and_its_doer_unnamed() {
    let r = record("ونفت حركة طالبان مسؤوليتها عن الهجوم على السوق.");
    let attack = only_event(&r, "ASSAULT");
    assert!(!attack.negated && attack.actor.is_empty(), "{:#?}", r.events);
    // Claimed, the part names the doer.
    let r = record("وأعلن تنظيم داعش مسؤوليته عن الهجوم على السوق.");
    assert_eq!(names(&r, &only_event(&r, "ASSAULT").actor), ["تنظيم داعش"], "{:#?}", r.events);
    // Also where a statement tells where it was claimed.
    let r = record("فيما أعلن تنظيم داعش في بيان مسؤوليته عن التفجير الانتحاري في العاصمة.");
    assert_eq!(names(&r, &only_event(&r, "CONCEDE").actor), ["تنظيم داعش"], "{:#?}", r.events);
    assert_eq!(names(&r, &only_event(&r, "ASSAULT").actor), ["تنظيم داعش"], "{:#?}", r.events);
}

// Backing phrases (`بدعم من`، `بإسناد من`): the backer gave the aid, to the force backed.

#[test]
fn a_backing_phrase_gives_aid_from_its_backer_to_the_force_named_before_it() {
    let r = record("وكانت قوات الجيش السوري، بإسناد من الطيران الروسي، قد حررت بلدة هجين من داعش.");
    let aid = only_event(&r, "AID");
    assert_eq!(names(&r, &aid.actor), ["الطيران الروسي"], "{:#?}", r.events);
    assert_eq!(names(&r, &aid.target), ["قوات الجيش السوري"], "{:#?}", r.events);
    let assault = only_event(&r, "ASSAULT");
    assert_eq!(names(&r, &assault.actor), ["قوات الجيش السوري"], "{:#?}", r.events);
}

#[test]
fn adjectives_of_the_backing_stand_between_it_and_the_backer() {
    let r = record("وأطلقت قوات سوريا الديمقراطية هجوما على هجين، بإسناد جوي ومدفعي من التحالف الدولي.");
    let aid = only_event(&r, "AID");
    assert_eq!(names(&r, &aid.actor), ["التحالف الدولي"], "{:#?}", r.events);
    let assault = only_event(&r, "ASSAULT");
    assert_eq!(names(&r, &assault.actor), ["قوات سوريا الديمقراطية"], "{:#?}", r.events);
}

#[test]
fn a_backing_phrase_after_an_act_backs_that_acts_doer() {
    let r = record("وشنت قوات سوريا الديمقراطية معارك ضد داعش، وتمكنت من طرده منها بدعم من التحالف الدولي.");
    let aid = only_event(&r, "AID");
    assert_eq!(names(&r, &aid.actor), ["التحالف الدولي"], "{:#?}", r.events);
    assert_eq!(names(&r, &aid.target), ["قوات سوريا الديمقراطية"], "{:#?}", r.events);
}

#[test]
fn a_backer_heading_a_relative_clause_is_its_verbs_subject() {
    let r = record("وتقدمت القوات العراقية نحو القائم بإسناد من طيران التحالف الذي قصف مواقع داعش.");
    let strike = r.events.iter().find(|e| e.trigger.text == "قصف").expect("the strike");
    assert_eq!(names(&r, &strike.actor), ["طيران التحالف"], "{:#?}", r.events);
    // A verb carrying its object points back to the name before it: not its subject.
    let r = record("وتقدمت القوات العراقية بإسناد من طيران التحالف الذي استهدفه داعش بصاروخ قرب القائم.");
    let strike = r.events.iter().find(|e| e.trigger.text == "استهدفه").expect("the strike");
    assert_eq!(names(&r, &strike.actor), ["داعش"], "{:#?}", r.events);
}

// A date set off by commas after a verb's subject (`اتهمت المنظمة، الجمعة، الميليشيات`).

#[test]
fn a_verbs_object_may_follow_a_date_set_off_by_commas() {
    let r = record("اتهمت منظمة العفو الدولية، الجمعة، ميليشيات الحوثي بعرقلة دخول المساعدات.");
    let accusation = only_event(&r, "DISAPPROVE");
    assert_eq!(names(&r, &accusation.target), ["ميليشيات الحوثي"], "{:#?}", r.events);
    let r = record("لقي شاب فلسطيني مصرعه، اليوم الجمعة، برصاص قوات الاحتلال الإسرائيلي شرق خان يونس.");
    let killing = r.events.iter().find(|e| e.mode.as_deref() == Some("killing")).expect("the killing");
    assert_eq!(names(&r, &killing.actor), ["قوات الاحتلال الإسرائيلي"], "{:#?}", r.events);
}

// The comma that closes a verb's subject, and a description set off by commas after it
// (`اتهمت المنظمة، المعنية بحقوق الإنسان، التحالف`).

#[test]
fn a_verbs_object_may_follow_the_comma_closing_its_subject() {
    assert_roles(
        "وفي وقت لاحق اتهم وزير الخارجية البريطاني بوريس جونسون، روسيا بمحاولة تقويض عمل المنظمة.",
        "DISAPPROVE",
        &["بوريس جونسون"],
        &["روسيا"],
    );
    assert_roles(
        "اتهمت منظمة هيومن رايتس ووتش، المعنية بحقوق الإنسان، التحالف الدولي بارتكاب جرائم حرب.",
        "DISAPPROVE",
        &["منظمة هيومن رايتس ووتش"],
        &["التحالف الدولي"],
    );
}

#[test]
fn a_name_set_off_by_commas_after_the_subject_is_not_its_object() {
    let r = record("ويعترف محامي ترامب، مايكل كوهين، بعقد هذه الصفقة.");
    let admission = only_event(&r, "CONCEDE");
    assert!(admission.target.is_empty(), "{:#?}", r.events);
    let r = record("وأدانت فرنسا، ألمانيا وبريطانيا الهجوم على السفارة.");
    let condemnation = only_event(&r, "DISAPPROVE");
    assert!(names(&r, &condemnation.target).iter().all(|n| n != "ألمانيا"), "{:#?}", r.events);
}

// An office that names its body, right after the verb: its holder or the body acts
// (`أدان الأمين العام للأمم المتحدة الهجوم`).

#[test]
fn an_office_naming_its_body_acts_by_its_holder_or_the_body() {
    assert_roles("انتقد رئيس حركة حماس الحكومة المصرية.", "DISAPPROVE", &["حركة حماس"], &["الحكومة المصرية"]);
    assert_roles(
        "هدد قائد الحرس الثوري الإيراني إسرائيل بالرد.",
        "THREATEN",
        &["الحرس الثوري الإيراني"],
        &["إسرائيل"],
    );
    assert_roles(
        "أدان رئيس الحزب الديمقراطي الكردستاني، مسعود بارزاني، الهجوم الصاروخي على أربيل.",
        "DISAPPROVE",
        &["مسعود بارزاني"],
        &[],
    );
}

#[test]
fn an_office_after_a_verb_of_we_or_of_force_is_its_object() {
    let r = record("وقال ظريف: التقينا وزير الخارجية الإيرانية في أنقرة.");
    let meeting = only_event(&r, "CONSULT");
    assert!(names(&r, &meeting.actor).iter().all(|n| n != "الخارجية الإيرانية"), "{:#?}", r.events);
    let r = record("وطرد رئيس حركة حماس من قطر.");
    let expulsion = only_event(&r, "ASSAULT");
    assert_eq!(names(&r, &expulsion.target), ["حركة حماس"], "{:#?}", r.events);
}

#[test]
fn a_complementizer_after_the_date_opens_a_clause_of_its_own() {
    let r = record("وأفاد بيان صادر عن الرابطة، مساء الأحد، بأن جماعة الحوثي تقوم بحملات اختطاف في الحديدة.");
    let seizure = |e: &Event| e.event_type == "COERCE" && e.trigger.text == "صادر";
    assert!(!r.events.iter().any(seizure), "{:#?}", r.events);
}

#[test]
fn aid_charged_in_an_accusation_was_given_by_the_accused() {
    let r = record("وتتهم السعودية إيران بدعم الحوثيين بالصواريخ الباليستية.");
    let aid = only_event(&r, "AID");
    assert_eq!(names(&r, &aid.actor), ["إيران"], "{:#?}", r.events);
    assert_eq!(names(&r, &aid.target), ["الحوثيين"], "{:#?}", r.events);
}

// A support verb whose own preposition carries a pronoun (`قام به`، `تعرض له`).

#[test]
fn a_support_verb_pointing_back_through_its_preposition_takes_no_later_noun() {
    let r = record("واتهم تحقيق قام به جنرال أميركي في مقتل 24 مدنيا القيادة بتجاهل علامات واضحة.");
    let killing = only_event(&r, "ASSAULT");
    assert_eq!(killing.trigger.text, "مقتل", "{:#?}", r.events);
    let r = record("وقال إن ما تعرض له من تعذيب في سجن صيدنايا كان مروعا.");
    let torture = only_event(&r, "ASSAULT");
    assert_eq!(torture.trigger.text, "تعرض له من تعذيب", "{:#?}", r.events);
}

// استهدف with a killing or an abduction for its object: the aim, not a strike.

#[test]
fn an_act_that_is_aimed_at_is_no_event() {
    assert_no_event(
        &["أجهضت أجهزة الأمن أمس محاولة إرهابية جديدة كانت تستهدف اغتيال رئيس الوزراء علي محمد جيدي."],
        "ASSAULT",
    );
    // A blast that aimed at something is an act: one event, the blast's.
    let r = record("استهدف تفجير انتحاري موكب الوزير في بغداد أمس.");
    assert_eq!(only_event(&r, "ASSAULT").trigger.text, "تفجير انتحاري");
}

// Forces named by a pronoun for their owner, the speaker (`أن قواته`، `إن مقاتليها`).

#[test]
fn the_speakers_own_forces_are_the_speaker_acting() {
    let r = record("وأعلن الجيش الإسرائيلي أن قواته الجوية قصفت مواقع للمسلحين في جنوب البلاد.");
    let strike = only_event(&r, "ASSAULT");
    assert_eq!(names(&r, &strike.actor), ["الجيش الإسرائيلي"], "{:#?}", r.events);
    let r = record("قالت حركة الشباب الصومالية، الاثنين، إن مقاتليها هاجموا قاعدة عسكرية في جنوب البلاد.");
    let attack = only_event(&r, "ASSAULT");
    assert_eq!(names(&r, &attack.actor), ["حركة الشباب الصومالية"], "{:#?}", r.events);
}

#[test]
fn forces_that_are_hers_are_not_a_mans() {
    let r = record("وقال المفوض زيد بن رعد إن قواتها الأمنية قتلت أكثر من 60 فلسطينيا يوم الاثنين.");
    assert!(r.events.iter().all(|e| e.actor.is_empty()), "{:#?}", r.events);
}

// The side counted among the dead (`لقي 18 من قوات النظام مصرعهم`، `قتل 5 جنود من الجيش`).

#[test]
fn the_side_counted_among_the_dead_is_the_target() {
    let r = record(
        "لقي 18 من قوات النظام السوري مصرعهم، يوم الأربعاء، إثر تعرضهم لهجوم من تنظيم داعش في بادية الميادين.",
    );
    let attack = r.events.iter().find(|e| e.trigger.text == "تعرضهم لهجوم").expect("the attack");
    assert_eq!(names(&r, &attack.actor), ["تنظيم داعش"], "{:#?}", r.events);
    assert_eq!(names(&r, &attack.target), ["قوات النظام السوري"], "{:#?}", r.events);
    let r = record("قتل 5 جنود من الجيش العراقي في هجوم لتنظيم داعش قرب الموصل.");
    let attack = r.events.iter().find(|e| e.trigger.text == "هجوم").expect("the attack");
    assert_eq!(names(&r, &attack.target), ["الجيش العراقي"], "{:#?}", r.events);
    assert!(!attack.actor.iter().any(|a| attack.target.contains(a)), "{:#?}", r.events);
}

#[test]
fn the_side_counted_among_the_dead_may_follow_adjectives_and_the_fi_of_membership() {
    let r = record("ولقي قياديان بارزان في ميليشيات الحوثي مصرعهما في غارات استهدفت موقعا في صعدة.");
    let death = r.events.iter().find(|e| e.mode.as_deref() == Some("killing")).expect("the death");
    assert_eq!(names(&r, &death.target), ["ميليشيات الحوثي"], "{:#?}", r.events);
    let r = record("وقتل ثلاثة عناصر آخرين من تنظيم داعش في غارة للتحالف.");
    let strike = r.events.iter().find(|e| e.trigger.text == "غارة").expect("the strike");
    assert_eq!(names(&r, &strike.target), ["تنظيم داعش"], "{:#?}", r.events);
    // A place after في is where, not whose.
    let r = record("وقتل جنديان في سوريا أمس.");
    assert!(r.events.iter().all(|e| e.target.is_empty()), "{:#?}", r.events);
}

#[test]
fn harm_told_before_its_cause_was_done_by_the_causes_doer() {
    let r = record(
        "وأفادت مصادر عسكرية يمنية بمقتل 12 من ميليشيات الحوثي وجرح آخرين في قصف مدفعي لقوات الجيش اليمني.",
    );
    for trigger in ["مقتل", "جرح"] {
        let harm = event_with_trigger(&r, trigger);
        assert_eq!(names(&r, &harm.actor), ["قوات الجيش اليمني"], "{trigger}: {:#?}", r.events);
    }
    let r = record("قتل ثلاثة مدنيين في قصف لقوات النظام على بلدة كفرنبل.");
    assert_eq!(names(&r, &event_with_trigger(&r, "قتل").actor), ["قوات النظام"], "{:#?}", r.events);
    // The harmed are no doers, nor a name before the act in its clause.
    let r = record("وقتل المئات من أفراد الجيش والشرطة المصرية في هجمات.");
    assert!(event_with_trigger(&r, "قتل").actor.is_empty(), "{:#?}", r.events);
}

#[test]
fn two_counted_by_a_dual_speak_and_deny_for_their_body() {
    let r = record("ونفى مسؤولان روسيان من الكرملين التقارير.");
    let denial = only_event(&r, "REJECT");
    assert_eq!(names(&r, &denial.actor), ["الكرملين"], "{:#?}", r.events);
    assert!(denial.target.is_empty(), "{:#?}", r.events);
    let r = record("وقال مسؤولان أمريكيان إن الجيش قصف المدينة.");
    assert_eq!(r.claims.len(), 1, "{:#?}", r.claims);
    assert_eq!(r.claims[0].speaker_text.as_deref(), Some("مسؤولان أمريكيان"), "{:#?}", r.claims);
}

#[test]
fn an_act_after_a_perfect_passive_auxiliary_was_done() {
    let r = record("وتم إطلاق النار على المتظاهرين.");
    assert_eq!(only_event(&r, "ASSAULT").mode.as_deref(), Some("small_arms"), "{:#?}", r.events);
    // Not as a rule or to come, nor an act told before that a relative clause points back to.
    assert_no_event(
        &[
            "ويتم تفجير العبوات عادة عن بعد.",
            "وسيتم إطلاق النار على الأهداف.",
            "الموقع الذي تم استهدافه يتبع لمقاتلين.",
        ],
        "ASSAULT",
    );
}

#[test]
fn positions_named_by_a_nationality_are_that_states() {
    let r =
        record("وتصاعد التوتر بين إسرائيل وإيران بعد أن ضرب الجيش الإسرائيلي مواقعا عسكرية إيرانية في سوريا.");
    let strike = event_with_trigger(&r, "ضرب");
    assert_eq!(names(&r, &strike.target), ["إيران"], "{:#?}", r.events);
    // Ground taken may be one's own.
    let r = record("وتصاعد التوتر في سوريا بعد أن استعاد الجيش السوري مواقع سورية قرب الحدود.");
    assert!(r.events.iter().all(|e| e.target.is_empty()), "{:#?}", r.events);
}

#[test]
fn a_clash_that_broke_out_is_between_the_sides_named_after_bayn() {
    for text in [
        "واندلعت الاشتباكات بين الجيش اليمني وميليشيات الحوثي.",
        "إلى ذلك، تجددت الاشتباكات العنيفة بين الجيش اليمني، والحوثيين في الضالع.",
    ] {
        let r = record(text);
        let clash = only_event(&r, "ASSAULT");
        assert_eq!(names(&r, &clash.actor), ["الجيش اليمني"], "{text}: {:#?}", r.events);
        assert_eq!(clash.target.len(), 1, "{text}: {:#?}", r.events);
    }
}

#[test]
fn no_target_after_since_and_an_act() {
    let r = record("وقتل مسلحون جنديا منذ عزل الرئيس محمد مرسي.");
    assert!(only_event(&r, "ASSAULT").target.is_empty(), "{:#?}", r.events);
    // A stretch of time after منذ may stand before the object.
    let r = record("وما زال التحالف يقاتل منذ ثلاث سنوات حركة الحوثيين.");
    assert_eq!(names(&r, &only_event(&r, "ASSAULT").target), ["الحوثيين"], "{:#?}", r.events);
}

#[test]
fn a_name_after_a_joined_verb_is_that_verbs() {
    let r = record("وتعرضت عدة كنائس لهجمات وأعلن تنظيم الدولة الإسلامية مسؤوليته عنها.");
    assert!(r.events.iter().all(|e| e.target.is_empty()), "{:#?}", r.events);
    // Two verbs side by side share what follows them.
    let r = record("وقتل وأصيب 55 عنصرا من ميليشيات الحوثي في مواجهات.");
    let killing = r.events.iter().find(|e| e.trigger.text == "قتل").expect("the killing");
    assert_eq!(names(&r, &killing.target), ["ميليشيات الحوثي"], "{:#?}", r.events);
}

#[test]
fn a_support_verb_carries_its_noun_past_a_date_set_off_by_commas() {
    let r = record("شنت طائرات روسية، الجمعة، غارات جوية على مقرات في محافظة إدلب.");
    assert_eq!(only_event(&r, "ASSAULT").mode.as_deref(), Some("aerial"), "{:#?}", r.events);
    let r = record("وأطلقت قوات الأمن، يوم الأحد، سراح المعتقلين.");
    assert_eq!(only_event(&r, "RETREAT").mode.as_deref(), Some("release"), "{:#?}", r.events);
}

// A state as the side of an act of words or relations (`اتهمت حماس إسرائيل`).

#[test]
fn a_state_is_the_target_of_an_act_of_words_or_relations() {
    for (text, kind, target) in [
        ("واتهمت حركة حماس إسرائيل بقتل المدنيين في غزة.", "DISAPPROVE", "إسرائيل"),
        ("وفرضت واشنطن عقوبات جديدة على إيران.", "SANCTION", "إيران"),
        ("وهددت إيران إسرائيل بالرد.", "THREATEN", "إسرائيل"),
    ] {
        let r = record(text);
        let event = only_event(&r, kind);
        assert_eq!(names(&r, &event.target), [target], "{text}: {:#?}", r.events);
    }
}

#[test]
fn a_state_coordinated_with_the_subject_or_where_force_is_used_is_no_target() {
    let r = record("وحثت بريطانيا وألمانيا وفرنسا الرئيس ترمب على البقاء في الاتفاق.");
    let call = only_event(&r, "DEMAND");
    assert!(!names(&r, &call.target).contains(&"ألمانيا".to_string()), "{:#?}", r.events);
    let r = record("وقصفت الطائرات الروسية سوريا أمس.");
    assert!(r.events.iter().all(|e| e.target.is_empty()), "{:#?}", r.events);
}

// Counts of two told by a dual noun, and a cause that names its own doer.

#[test]
fn a_dual_counts_two_dead_and_anchors_the_killing() {
    let r = record("وقتل جنديان في هجوم على نقطة تفتيش قرب العريش.");
    let killing = r.events.iter().find(|e| e.trigger.text == "قتل").expect("the killing");
    assert_eq!(killing.dead, Some(2), "{:#?}", r.events);
    let count = r.mentions.iter().find(|m| m.text == "جنديان").expect("the dual as a count");
    assert!(matches!(count.info, MentionInfo::Quantity { value, .. } if value == 2.0));
}

#[test]
fn a_count_after_a_verb_that_names_its_subject_is_its_object() {
    let r = record("هاجم مسلحو بوكو حرام قرية في شمال نيجيريا، وقتلوا 18 شخصا وجرحوا شخصين آخرين.");
    let killing = r.events.iter().find(|e| e.trigger.text == "قتلوا").expect("the killing");
    assert_eq!(names(&r, &killing.actor), ["بوكو حرام"], "{:#?}", r.events);
    assert!(killing.target.is_empty(), "{:#?}", r.events);
}

#[test]
fn harm_told_with_its_cause_and_the_cause_s_doer_has_no_target_after_it() {
    for text in [
        "قتل ثلاثة مدنيين في هجوم لقوات النظام على بلدة كفرنبل.",
        "قتل ثلاثة مدنيين في قصف لقوات النظام على بلدة كفرنبل.",
        "لقي 3 جنود مصرعهم في هجوم لتنظيم داعش قرب الرقة.",
    ] {
        let r = record(text);
        let harm = &r.events[0];
        assert!(harm.target.is_empty(), "{text}: {:#?}", r.events);
        let cause = r.events.last().expect("the cause");
        assert!(!cause.actor.is_empty(), "{text}: {:#?}", r.events);
    }
}

#[test]
fn a_missile_named_by_its_nationality_after_the_verb_is_its_state_acting() {
    let r = record("صعدت إسرائيل هجماتها على القطاع. واستهدف صاروخ إسرائيلي سيارة في غزة.");
    let strike = r.events.iter().find(|e| e.trigger.text == "استهدف").expect("the strike");
    assert_eq!(names(&r, &strike.actor), ["إسرائيل"], "{:#?}", r.events);
}

#[test]
fn the_control_a_place_is_freed_from_is_no_seizure() {
    let r = record("حررت القوات العراقية مدينة الموصل من سيطرة داعش.");
    let seizures: Vec<&str> = r.events.iter().map(|e| e.trigger.text.as_str()).collect();
    assert_eq!(seizures, ["حررت"], "{:#?}", r.events);
    // A seizure dated by a time phrase happened.
    let r = record("واستعادت القوات التلة بعد ساعات من سيطرة تنظيم داعش عليها.");
    assert!(r.events.iter().any(|e| e.trigger.text == "سيطرة"), "{:#?}", r.events);
}

#[test]
fn a_name_inside_the_phrase_of_the_side_struck_is_no_later_subject() {
    let r = record("شنت طائرات التحالف الدولي غارات على مواقع داعش، فدمرت عربتين عسكريتين.");
    let destroyed = r.events.iter().find(|e| e.trigger.text == "دمرت").expect("the destruction");
    assert_eq!(names(&r, &destroyed.actor), ["التحالف الدولي"], "{:#?}", r.events);
}

#[test]
fn the_name_after_a_passive_noun_is_its_target_and_no_subject_is_carried_to_it() {
    let r = record("وسيطر تنظيم داعش على مدينة الرقة عام 2014. وبعد معارك عنيفة تم طرد التنظيم من المدينة.");
    let expelled = r.events.iter().find(|e| e.mode.as_deref() == Some("occupy") && !e.target.is_empty());
    let expelled = expelled.unwrap_or_else(|| panic!("no expulsion with a target: {:#?}", r.events));
    assert!(expelled.actor.is_empty(), "{:#?}", r.events);
    assert_eq!(names(&r, &expelled.target), ["تنظيم داعش"]);

    let r = record("وتم اعتقال خمسة عناصر من تنظيم داعش في الموصل من قبل القوات العراقية.");
    let arrest = only_event(&r, "COERCE");
    assert_eq!(names(&r, &arrest.actor), ["القوات العراقية"]);
    assert_eq!(names(&r, &arrest.target), ["تنظيم داعش"]);
}

#[test]
fn a_passive_noun_takes_its_doer_after_abr() {
    let r = record("وتم نقل المصابين منهم لتلقي العلاج عبر منظمة “أطباء بلا حدود”.");
    let transport = only_event(&r, "AID");
    assert_eq!(names(&r, &transport.actor), ["أطباء بلا حدود"]);
}

#[test]
fn the_pronoun_of_an_expulsion_stands_for_the_side_fought_before_it() {
    let r = record("وخاضت قوات سوريا الديمقراطية المعارك ضد تنظيم داعش في مدينة الرقة، وتمكنت من طرده منها.");
    let expulsion = r.events.iter().find(|e| e.mode.as_deref() == Some("occupy"));
    let expulsion = expulsion.unwrap_or_else(|| panic!("no expulsion: {:#?}", r.events));
    assert_eq!(names(&r, &expulsion.target), ["تنظيم داعش"]);
    // A backer is on the doer's side: the pronoun is not it.
    let r = record("ويواصل الجيش اليمني، بإسناد من التحالف، تأمين المناطق من القصف بعد طردهم منها.");
    assert!(r.events.iter().all(|e| names(&r, &e.target) != ["التحالف"]), "{:#?}", r.events);
}

/// The lexicon entry of the mention at `id`.
fn entry_of(record: &Record, id: usize) -> Option<&str> {
    match &record.mentions[id].info {
        MentionInfo::Actor { entry, .. } => entry.as_deref(),
        _ => None,
    }
}

#[test]
fn a_bare_coalition_in_a_story_about_yemen_is_the_saudi_led_one_and_backs_the_force_before_it() {
    let r = record("وضيقت قوات الشرعية اليمنية، بإسناد من التحالف، الخناق على ميليشيا الحوثي في حجة.");
    let backing = only_event(&r, "AID");
    assert_eq!(names(&r, &backing.actor), ["التحالف"]);
    assert_eq!(entry_of(&r, backing.actor[0]), Some("saudi-led-coalition"));
    assert_eq!(names(&r, &backing.target), ["قوات الشرعية اليمنية"]);
    // With no country told before it, or named further (`التحالف الوطني`), it stays unresolved.
    for text in ["وأعلن التحالف أمس عن خطته.", "وقال الحوثي إن التحالف الوطني سيخوض الانتخابات."]
    {
        let r = record(text);
        assert!(r.mentions.iter().all(|m| m.text != "التحالف"), "{text}: {:#?}", r.mentions);
    }
}

#[test]
fn a_backing_phrase_is_no_support_verbs_noun_and_after_one_names_the_side_backed() {
    let r = record("ويواصل الجيش اليمني بإسناد من التحالف العربي العملية العسكرية في الحديدة.");
    let backing = only_event(&r, "AID");
    assert_eq!(names(&r, &backing.actor), ["التحالف العربي"]);
    assert_eq!(names(&r, &only_event(&r, "ASSAULT").actor), ["الجيش اليمني"]);
    let r = record("وقامت واشنطن بدعم قوات سوريا الديمقراطية.");
    let aid = only_event(&r, "AID");
    assert_eq!(names(&r, &aid.actor), ["واشنطن"]);
    assert_eq!(names(&r, &aid.target), ["قوات سوريا الديمقراطية"]);
}

#[test]
fn the_force_whose_aircraft_struck_after_la_is_the_doer() {
    let r = record("وقتل القيادي الحوثي بغارة لطائرات التحالف العربي في صعدة.");
    let strike = r.events.iter().find(|e| e.mode.as_deref() == Some("aerial"));
    let strike = strike.unwrap_or_else(|| panic!("no air strike: {:#?}", r.events));
    assert_eq!(names(&r, &strike.actor), ["التحالف العربي"]);
    assert!(strike.target.is_empty(), "{:#?}", r.events);
}

#[test]
fn a_demonstrative_is_no_word_of_an_unknown_speakers_name() {
    let r = record("وتابع البيان أنه حسب المعلومات الاستخبارية الأولية، حققت هذه العملية أهدافها.");
    let texts: Vec<&str> = r.claims.iter().filter_map(|c| c.speaker_text.as_deref()).collect();
    assert!(texts.iter().all(|t| !t.contains("هذه")), "{texts:?}");
    assert!(!texts.is_empty(), "{:#?}", r.claims);
}

#[test]
fn the_one_a_noun_of_harm_names_as_harmed_did_not_do_the_acts_after_it() {
    let r = record("أعلنت الشرطة مقتل الصحفي الأمريكي ديفيد غيلكي في هجوم بولاية هيلمند.");
    let killing = r.events.iter().find(|e| e.mode.as_deref() == Some("killing")).expect("the killing");
    assert_eq!(names(&r, &killing.target), ["ديفيد غيلكي"]);
    // The attack he was killed in is an event of its own, by nobody named.
    assert!(r.events.iter().all(|e| e.actor.is_empty()), "{:#?}", r.events);
}

#[test]
fn one_who_meets_his_death_after_a_light_verb_undergoes_it() {
    let r = record("وقاد الجيش السوري الهجوم على البلدة، وقاتل الجيش السوري حتى يلقى مصرعه.");
    assert!(
        r.events.iter().filter(|e| e.mode.as_deref() == Some("killing")).all(|e| e.actor.is_empty()),
        "{:#?}",
        r.events
    );
}

#[test]
fn the_subject_of_a_verb_spelled_only_as_a_passive_suffered_it_unless_named_as_its_agent() {
    let r = record("استقبل المستشفى جثمان الطفل سلطان حميد سعيد الذي أصيب بطلق ناري من قناص.");
    let wounding = only_event(&r, "ASSAULT");
    assert!(wounding.actor.is_empty(), "{:#?}", r.events);
    assert_eq!(names(&r, &wounding.target), ["حميد سعيد"]);
    let r = record("وكان فتى فلسطيني قد قتل برصاص الجيش الإسرائيلي وأصيب آخرون.");
    let wounded = r.events.iter().find(|e| e.mode.as_deref() == Some("attack"));
    let wounded = wounded.unwrap_or_else(|| panic!("no wounding: {:#?}", r.events));
    assert_eq!(names(&r, &wounded.actor), ["الجيش الإسرائيلي"]);
}

#[test]
fn a_person_set_off_by_commas_after_an_office_is_the_subject_or_the_object() {
    let r = record("التقى الرئيس الأمريكي، دونالد ترامب، الرئيس الروسي فلاديمير بوتين في هلسنكي.");
    let meeting = only_event(&r, "CONSULT");
    assert_eq!(names(&r, &meeting.actor), ["دونالد ترامب"]);
    assert_eq!(names(&r, &meeting.target), ["فلاديمير بوتين"]);
    let r = record("حذرت وزارة الدفاع الأميركية، الخميس، الرئيس السوري، بشار الأسد، من استخدام القوة.");
    let warning = only_event(&r, "THREATEN");
    assert_eq!(names(&r, &warning.actor), ["وزارة الدفاع الأميركية"]);
    assert_eq!(names(&r, &warning.target), ["بشار الأسد"]);
    // Joined by و after the comma, a second person is no apposition.
    let r = record("وحضر المؤتمر محمد الجدعان وزير المالية السعودي، ومحمد القويز رئيس الهيئة.");
    assert!(r.events.iter().all(|e| names(&r, &e.target) != ["محمد القويز"]), "{:#?}", r.events);
}

#[test]
fn the_holder_of_an_office_after_a_noun_is_its_doer() {
    let r = record("ترحب لندن بزيارة ولي العهد السعودي، الأمير محمد بن سلمان، إلى بريطانيا.");
    let visit = r.events.iter().find(|e| e.event_type == "CONSULT");
    let visit = visit.unwrap_or_else(|| panic!("no visit: {:#?}", r.events));
    assert_eq!(names(&r, &visit.actor), ["محمد بن سلمان"]);
}

#[test]
fn a_person_alone_after_a_verb_of_arrest_was_arrested() {
    assert_roles("واعتقل رضوان فايد لأول مرة عام 1998 بتهمة السطو المسلح.", "COERCE", &[], &["رضوان فايد"]);
    assert_roles("كما احتجز سعد الحريري لفترة وجيزة العام الماضي.", "COERCE", &[], &["سعد الحريري"]);
}

#[test]
fn an_authority_named_after_a_noun_of_arrest_makes_the_arrest() {
    let r = record("وانتشرت صورتها قبيل اعتقال الجيش الإسرائيلي لها من بيتها في الخليل.");
    let arrest = only_event(&r, "COERCE");
    assert_eq!(names(&r, &arrest.actor), ["الجيش الإسرائيلي"], "{:#?}", r.events);
    assert!(arrest.target.is_empty(), "{:#?}", r.events);
}

#[test]
fn the_side_whose_men_are_counted_dead_is_the_target() {
    for (text, side) in [
        ("وأعلن الجيش التركي مقتل ثمانية من جنوده في اشتباكات بمدينة عفرين.", "الجيش التركي"),
        ("وأكدت الإمارات مقتل أربعة من جنودها في المعارك.", "الإمارات"),
    ] {
        let r = record(text);
        let killing = r.events.iter().find(|e| e.trigger.text == "مقتل").expect("the killing");
        assert_eq!(names(&r, &killing.target), [side], "{text}");
    }
}

#[test]
fn the_side_whose_positions_an_attack_hit_is_its_target() {
    let r = record("وكانت دمشق اتهمت التحالف الدولي باستهداف أحد مواقعها العسكرية في بلدة الهري.");
    let strike = only_event(&r, "ASSAULT");
    assert_eq!(names(&r, &strike.actor), ["التحالف الدولي"]);
    assert_eq!(names(&r, &strike.target), ["دمشق"]);
    // Positions retaken are as often the doer's own: no owner read.
    let r = record("استعادت القوات العراقية مواقعها.");
    assert!(only_event(&r, "ASSAULT").target.is_empty(), "{:#?}", r.events);
}

#[test]
fn a_verb_joined_right_after_the_object_keeps_the_subject_before() {
    let r = record("هاجم تنظيم داعش الجيش السوري وقتل عددا من عناصره.");
    let killing = r.events.iter().find(|e| e.mode.as_deref() == Some("killing"));
    let killing = killing.unwrap_or_else(|| panic!("no killing: {:#?}", r.events));
    assert_eq!(names(&r, &killing.actor), ["تنظيم داعش"]);
    assert_eq!(names(&r, &killing.target), ["الجيش السوري"]);
}

#[test]
fn a_verb_joined_after_a_name_in_the_phrase_of_the_verb_before_shares_its_subject() {
    // The name before و is the object of the verb before, whose subject is named.
    let r = record("انتقد الرئيس الأمريكي، دونالد ترامب، إيران واتهم مسؤوليها بنشر الفوضى.");
    assert_eq!(names(&r, &event_with_trigger(&r, "اتهم").actor), ["دونالد ترامب"]);
    let r = record("وشنت الحكومة التركية حملة على أنصار غولن فاعتقلت آلاف الموظفين.");
    assert_eq!(names(&r, &only_event(&r, "COERCE").actor), ["الحكومة التركية"]);
    // The name right after the verb before is its subject, and the joined verb's too.
    let r = record("وصل وزير الخارجية الروسي سيرغي لافروف إلى دمشق وبحث مع الأسد الأوضاع.");
    assert_eq!(names(&r, &only_event(&r, "CONSULT").actor), ["سيرغي لافروف"]);
    // The verb before has no subject named: the name before و may be it.
    let r = record("وقتل 7 فلسطينيين برصاص الجيش الإسرائيلي وأصيب أكثر من 250 آخرين.");
    assert_eq!(names(&r, &event_with_trigger(&r, "أصيب").actor), ["الجيش الإسرائيلي"]);
}

#[test]
fn a_purpose_after_the_act_has_sides_of_its_own() {
    // ل before a verbal noun of the second form opens a purpose: its names are not the target.
    let r = record("وشنت إسرائيل عدوانا جويا على مصياف للتعمية على انتصار الجيش السوري.");
    let strike = only_event(&r, "ASSAULT");
    assert_eq!(names(&r, &strike.actor), ["إسرائيل"]);
    assert!(strike.target.is_empty(), "{:#?}", r.events);
    // Not `تنظيم` heading a group's name, nor a purpose of the same kind as the act.
    let r = record("وشنت الطائرات غارات على مواقع لتنظيم داعش في هجين.");
    assert_eq!(names(&r, &only_event(&r, "ASSAULT").target), ["تنظيم داعش"]);
    let r = record("وكثف الجيش اليمني عملياته العسكرية لتحرير آخر معاقل ميليشيا الحوثي.");
    assert!(r.events.iter().any(|e| names(&r, &e.target) == ["ميليشيا الحوثي"]), "{:#?}", r.events);
}

#[test]
fn who_breaks_a_siege_did_not_lay_it_and_what_is_given_in_return_is_the_other_side_s() {
    for text in ["وما حققه الجيش السوري من كسر للحصار على دير الزور.", "قبل أن يفك الجيش السوري الحصار عنه."]
    {
        let r = record(text);
        assert!(
            r.events.iter().all(|e| e.event_type != "COERCE" || e.actor.is_empty()),
            "{text}: {:#?}",
            r.events
        );
    }
    let r = record("ووافقت إيران على الحد من برنامجها النووي مقابل تخفيف العقوبات.");
    assert!(r.events.iter().all(|e| e.event_type != "CONCEDE" || e.actor.is_empty()), "{:#?}", r.events);
}

#[test]
fn the_only_side_named_after_a_verb_of_accusing_before_the_charge_is_the_accused() {
    for (text, accused) in [
        ("ويتهم أردوغان بتقييد حرية الصحافة في البلاد.", "أردوغان"),
        ("وقالت مصادر إن ممثلة شابة تتهم الممثل الفرنسي جيرار ديبارديو بالاغتصاب.", "جيرار ديبارديو"),
    ] {
        let r = record(text);
        let accusation = only_event(&r, "DISAPPROVE");
        assert!(accusation.actor.is_empty(), "{text}: {:#?}", r.events);
        assert_eq!(names(&r, &accusation.target), [accused], "{text}");
    }
    // An accuser names the accused too; a pronoun on the verb is the accused.
    assert_roles("واتهمت بريطانيا روسيا بتسميم الجاسوس.", "DISAPPROVE", &["بريطانيا"], &["روسيا"]);
    let r = record("وحركة غولن التي تتهمها تركيا بتدبير الانقلاب.");
    assert_eq!(names(&r, &only_event(&r, "DISAPPROVE").actor), ["تركيا"]);
    // The participle with the article is the accused, no accusation.
    assert_no_event(&["وحض أردوغان الدول على اتخاذ موقف ضد جماعة غولن المتهمة في تركيا."], "DISAPPROVE");
}

#[test]
fn a_relative_clause_after_a_role_is_no_name() {
    let text = "وقال المدرب المخضرم، الذي سبق وقاد الريال للتتويج بدوري الأبطال، إن الفريق قوي.";
    assert_eq!(first_speaker(text).as_deref(), Some("المدرب المخضرم"));
    let text = "وقالت الطبيبة التي فحصت جثة الرضيع إنه لا توجد إصابات خطيرة.";
    assert_eq!(first_speaker(text).as_deref(), Some("الطبيبة"));
}

#[test]
fn the_accused_named_after_a_verb_of_accusing_is_no_speaker() {
    // The words between the verb and the accused are the accuser.
    assert_eq!(first_speaker("ويتهم المعارضون أردوغان بتقييد الصحافة.").as_deref(), Some("المعارضون"));
    // Nothing between: the verb is passive, or its subject is the speaker before.
    let r = record("وتنفي إيران دعمها للحوثيين واتهمت مندوبة أمريكا بأنها ساقت الأكاذيب.");
    assert!(r.claims.iter().all(|c| c.speaker_text.as_deref() != Some("مندوبة")), "{:#?}", r.claims);
    // A title or an adjective before the accused's name is no accuser.
    let r = record("وقالت مصادر إن ممثلة تتهم الممثل الفرنسي جيرار ديبارديو بالاغتصاب.");
    assert!(r.claims.iter().all(|c| c.speaker_text.as_deref() != Some("الممثل الفرنسي")), "{:#?}", r.claims);
}

#[test]
fn what_follows_a_cue_ending_in_its_preposition_is_its_topic() {
    assert_eq!(first_speaker("استهدفت الطالبة لأنها تحدثت عن التعليم في بلدتها."), None);
}

#[test]
fn a_capital_right_before_a_noun_of_purpose_is_where_it_happened() {
    let r = record("وتظاهرت آلاف النساء في العاصمة الكورية الجنوبية سول للمطالبة بتشديد العقوبات.");
    assert!(r.events.iter().all(|e| e.actor.is_empty()), "{:#?}", r.events);
}

#[test]
fn a_prison_after_a_preposition_of_place_is_no_jailing() {
    assert_no_event(&["ويقبع المعارض في سجن إيفين منذ عامين.", "وقضى الممثل يومين في السجن."], "COERCE");
    assert_an_event("وقررت السلطات المصرية سجن المعارض خمس سنوات.", "COERCE");
}

#[test]
fn an_alliance_named_or_described_is_no_act_of_allying() {
    assert_no_event(
        &[
            "وحصل تحالف سائرون على 54 مقعدا في البرلمان.",
            "وتقود السعودية تحالفا عسكريا ضد الحوثيين في اليمن.",
            "وتحاصر المدينة قوات سوريا الديمقراطية وهي تحالف عربي كردي مدعوم من واشنطن.",
        ],
        "COOPERATE",
    );
    assert_roles(
        "بسبب تحالف زعيم الحزب دولت بهتشلي مع أردوغان.",
        "COOPERATE",
        &["دولت بهتشلي"],
        &["أردوغان"],
    );
}

#[test]
fn a_person_killed_by_a_strike_or_at_the_hands_of_someone_suffered_the_killing() {
    let r = record("وقد قتل الزعيم الليبي، معمر القذافي، على أيدي مسلحين في 2011.");
    let killing = only_event(&r, "ASSAULT");
    assert!(killing.actor.is_empty(), "{:#?}", r.events);
    assert_eq!(names(&r, &killing.target), ["معمر القذافي"]);
    let r = record("وقتل القيادي الحوثي حسن الوشلي بغارة للتحالف العربي.");
    assert!(r.events.iter().all(|e| names(&r, &e.actor) != ["حسن الوشلي"]), "{:#?}", r.events);
    // A count after the person is what the person killed.
    let r = record("وقتل رضوان لقديم 4 أشخاص في هجوم.");
    let killing = r.events.iter().find(|e| e.mode.as_deref() == Some("killing"));
    let killing = killing.unwrap_or_else(|| panic!("no killing: {:#?}", r.events));
    assert_eq!(names(&r, &killing.actor), ["رضوان لقديم"]);
}

#[test]
fn an_eruption_and_a_manner_of_speech_are_no_acts_of_force() {
    assert_no_event(
        &[
            "بدأ زبائنه بمغادرة البلد مع تفجر العنف الطائفي.",
            "الصراع السياسي الذي تفجر في أعقاب الانتخابات.",
            "وهاجم نائب الوزير بعنف مستشار الأمن القومي الأميركي جون بولتون.",
        ],
        "ASSAULT",
    );
}

#[test]
fn a_noun_after_la_is_what_a_light_verb_acts_for_not_what_it_carries() {
    let r =
        record("شنت اللجنة الدولية للحقوقيين في تقرير لتقصي الحقائق حول دارفور هجوماً على الحكومة السودانية.");
    assert!(r.events.iter().all(|e| e.event_type != "INVESTIGATE"), "{:#?}", r.events);
    // A light noun's own object follows ل right after its doer.
    let r = record("ندد المبعوث بإطلاق حماس للصواريخ على إسرائيل.");
    assert!(
        r.events.iter().any(|e| e.event_type == "ASSAULT" && names(&r, &e.actor) == ["حماس"]),
        "{:#?}",
        r.events
    );
}

#[test]
fn tanks_of_a_force_act_for_it() {
    let text = "وردا على المتفجرات، ضربت دبابات الجيش الإسرائيلي مواقع حركة حماس.";
    assert_roles(text, "ASSAULT", &["الجيش الإسرائيلي"], &["حركة حماس"]);
}

#[test]
fn a_verb_after_a_relative_pronoun_carrying_its_object_acts_on_the_antecedent() {
    let text = "وتقاتل قوات سوريا الديمقراطية التي تدعمها واشنطن تنظيم داعش في ريف دير الزور.";
    assert_roles(text, "AID", &["واشنطن"], &["قوات سوريا الديمقراطية"]);
    let r = record("وطالبت تركيا بتسليم فتح الله غولن، الذي تتهمه أنقرة بتدبير محاولة الانقلاب.");
    let accusation = only_event(&r, "DISAPPROVE");
    assert_eq!(names(&r, &accusation.target), ["فتح الله غولن"]);
    // `الذي` does not point back to two names: the meeting was hosted, not Egypt and Jordan.
    let r = record("وبحث الاجتماع بين مصر والأردن الذي استضافته فرنسا الأزمة في ليبيا.");
    let hosted = only_event(&r, "CONSULT");
    assert_eq!(names(&r, &hosted.actor), ["فرنسا"]);
    assert!(hosted.target.is_empty(), "{:#?}", r.events);
}

#[test]
fn a_denial_of_what_was_said_before_it_rejects_the_word_of_its_speaker() {
    let text = "واتهمت لندن موسكو بتسميم الجاسوس السابق، وهو ما تنفيه موسكو بشدة.";
    assert_roles(text, "REJECT", &["موسكو"], &["لندن"]);
    let text = "وتتهم البحرين إيران بالوقوف وراء الهجمات، وتنفي طهران أي ضلوع فيها.";
    assert_roles(text, "REJECT", &["طهران"], &["البحرين"]);
    let r = record(
        "وقتل 16 مدنيا في غارة على المستشفى، بحسب المرصد السوري لحقوق الإنسان، الأمر الذي نفاه الجيش التركي.",
    );
    let denial = only_event(&r, "REJECT");
    assert_eq!(names(&r, &denial.target), ["المرصد السوري لحقوق الإنسان"]);
}

#[test]
fn forces_named_by_nationality_are_not_the_body_that_reports_their_act() {
    let r = record(
        "أغارت طائرات حربية عراقية على موقع لتنظيم داعش في سوريا، وفق بيان لقيادة العمليات المشتركة. \
         وجاءت الضربة بإشراف قيادة العمليات المشتركة. وكان الجيش العراقي قد أعلن قصف موقع في هجين.",
    );
    let raid = r.events.iter().find(|e| e.trigger.text == "أغارت").expect("the raid");
    assert_eq!(names(&r, &raid.actor), ["الجيش العراقي"]);
}

#[test]
fn the_name_after_la_past_a_determined_warning_is_the_one_warned() {
    let text = "وكرر نتنياهو تحذيره لإيران من إقامة قواعد عسكرية في سوريا.";
    assert_roles(text, "THREATEN", &["نتنياهو"], &["إيران"]);
}

#[test]
fn a_support_verb_carries_the_act_a_generic_operation_names() {
    let r = record("نفذ الجيش السوري عملية قصف على مواقع داعش في دير الزور.");
    let shelling = only_event(&r, "ASSAULT");
    assert_eq!(shelling.mode.as_deref(), Some("artillery"));
    assert_eq!(names(&r, &shelling.actor), ["الجيش السوري"]);
    let r = record("شنت القوات العراقية حملة اعتقالات في الموصل.");
    assert_eq!(only_event(&r, "COERCE").mode.as_deref(), Some("arrest"));
    assert!(r.events.iter().all(|e| e.event_type != "ASSAULT"), "{:#?}", r.events);
    // An unnamed doer next to the support verb anchors the act it carries.
    assert_an_event("وقال مسؤول إن مسلحين نفذوا عملية خطف في المنطقة.", "ASSAULT");
}

#[test]
fn a_projectile_launched_at_something_is_an_attack_whoever_fired_it() {
    assert_an_event("أطلقت دبابة إسرائيلية قذيفة على مقاتليها شرق غزة.", "ASSAULT");
    assert_an_event("وأكدت الألوية أن دبابة أطلقت القذيفة على مقاتليها شرق غزة.", "ASSAULT");
    assert_no_event(&["أطلقت كوريا الشمالية صاروخا باليستيا جديدا."], "ASSAULT");
}

#[test]
fn a_policy_or_culture_of_an_act_names_a_kind_of_act() {
    assert_no_event(
        &["وتزداد قوة التقاليد في البلاد، كما أن ثقافة قمع النساء تسير جنبا إلى جنب معها."],
        "COERCE",
    );
}

#[test]
fn a_verb_of_hitting_with_a_projectile_for_its_subject_is_an_attack() {
    assert_an_event("وخلال تنقلهم في سيارة أصاب صاروخ إسرائيلي السيارة وقتلهم جميعا.", "ASSAULT");
    assert_an_event("أصابت قذيفة منزلا في حلب.", "ASSAULT");
    assert_no_event(&["أصاب المرض الملايين في العالم."], "ASSAULT");
}

#[test]
fn the_means_of_an_attack_right_after_its_word_is_part_of_that_attack() {
    let r = record("قصفت مدفعية الجيش السوري مواقع داعش في دير الزور.");
    assert_eq!(only_event(&r, "ASSAULT").trigger.text, "قصفت");
    let r = record("قتل خمسة أشخاص عندما انفجرت عبوة ناسفة في سوق ببغداد.");
    assert!(r.events.iter().all(|e| e.trigger.text != "عبوة ناسفة"), "{:#?}", r.events);
    assert_an_event("انفجرت سيارة مفخخة قرب بغداد.", "ASSAULT");
}

#[test]
fn control_with_a_possessive_is_a_noun_and_a_state_in_the_areas_it_names() {
    // `سيطرتها` is no perfect with an object (سيطر takes its object after على): in `مناطق
    // سيطرتها` it is the areas a group holds, and a team's control of a match is no seizure.
    assert_no_event(
        &[
            "وتعرقل ميليشيا الحوثي في مناطق سيطرتها وصول المساعدات إلى المواطنين في اليمن.",
            "وفي الشوط الثاني فرض الأهلي سيطرته ونجح لاعبه في تسجيل الهدف الرابع.",
        ],
        "ASSAULT",
    );
    assert_roles(
        "وأحكمت قوات الجيش اليمني سيطرتها على عدة مواقع في حرض.",
        "ASSAULT",
        &["قوات الجيش اليمني"],
        &[],
    );
}

#[test]
fn an_attack_fought_off_is_not_made_by_those_who_fought_it_off() {
    // The subject of `صدت` or `تصدت` repelled the attack; an armed group named by a common
    // noun after ل made it.
    for text in [
        "وصدت قوات الجيش اليمني سلسلة هجمات للميليشيات في المرتفعات القريبة من صعدة.",
        "وقال السكان إن قوات الأمن النيجيرية تصدت للهجوم في وقت لاحق.",
    ] {
        let r = record(text);
        let attack =
            r.events.iter().find(|e| e.trigger.text.starts_with("هج") || e.trigger.text.starts_with("لله"));
        assert!(attack.is_none_or(|e| e.actor.is_empty()), "{text}: {:#?}", r.events);
    }
}

#[test]
fn help_after_la_goes_to_the_one_named_and_a_doer_after_la_follows_an_adjective_of_force() {
    assert_roles("وأعلنت واشنطن عن دعم للجيش اللبناني.", "AID", &["واشنطن"], &["لجيش اللبناني"]);
    let r = record("وتمكن الجيش اليمني من تحرير القرية وسط فرار جماعي لعناصر الحوثيين.");
    assert_eq!(names(&r, &only_event(&r, "RETREAT").actor), ["الحوثيين"]);
}

#[test]
fn tawaqqafa_stops_and_never_arrests() {
    assert_no_event(
        &[
            "ومنذ 20 شهراً توقف الحوثيون عن صرف رواتب الموظفين في مناطقهم.",
            "وبحث الوزيران المستجدات التي أدت إلى توقف المباحثات بين إيران والقوى الست.",
        ],
        "COERCE",
    );
    assert_an_event("وأوقفت الشرطة التركية ثلاثة مشتبه بهم في إسطنبول.", "COERCE");
}

#[test]
fn the_sides_of_an_act_between_two_are_the_ones_bayna_names() {
    // Not the subject of the sentence the noun sits in (`ليبرمان قد أمر … في أعقاب اشتباكات`).
    assert_roles(
        "وكان وزير الدفاع الإسرائيلي أفيغدور ليبرمان قد أمر بقطع إمدادات الوقود عن قطاع غزة في أعقاب اشتباكات عنيفة بين الجيش الإسرائيلي ومتظاهرين.",
        "ASSAULT",
        &["الجيش الإسرائيلي"],
        &[],
    );
    assert_roles(
        "وقالت مصادر إن اللقاء بين الرئيس الروسي فلاديمير بوتين ونظيره التركي رجب طيب أردوغان جرى في سوتشي.",
        "CONSULT",
        &["فلاديمير بوتين"],
        &["رجب طيب أردوغان"],
    );
    // A meeting that brings two together names them as بين does.
    assert_roles(
        "وتصدرت ثلاثة ملفات مكالمة هاتفية جمعت الرئيسين المصري عبدالفتاح السيسي والفرنسي إيمانويل ماكرون.",
        "CONSULT",
        &["عبدالفتاح السيسي"],
        &["إيمانويل ماكرون"],
    );
}

#[test]
fn a_later_conjunct_after_a_preposition_is_no_subject() {
    // `من الأمم المتحدة والاتحاد الأوروبي`: the union stands where the first conjunct does.
    let r = record(
        "ورفضت إسرائيل دعوات من الأمم المتحدة والاتحاد الأوروبي بإجراء تحقيق محايد بشأن مقتل فلسطينيين خلال اشتباكات مع الجيش الإسرائيلي.",
    );
    let clash = r.events.iter().find(|e| e.trigger.text == "اشتباكات").expect("the clash");
    assert!(!names(&r, &clash.actor).iter().any(|n| n.contains("الاتحاد")), "{:#?}", r.events);
    assert_roles(
        "شن الجيش اليمني وطيران التحالف العربي، السبت، هجوما عنيفا على مواقع ميليشيا الحوثي.",
        "ASSAULT",
        &["الجيش اليمني", "طيران التحالف العربي"],
        &["ميليشيا الحوثي"],
    );
}

#[test]
fn akarra_admits_only_after_ba_or_anna_and_otherwise_passes_a_law() {
    assert_no_event(
        &[
            "وأقر البرلمان العراقي في جلسته السبت قانون الموازنة العامة.",
            "وتشمل العقوبات الجديدة التي أقرها الكونغرس الأميركي شركات روسية.",
        ],
        "CONCEDE",
    );
    assert_an_event("وأقر الجيش البورمي بأنه أعدم عشرة رجال من الروهينغا.", "CONCEDE");
    assert_an_event("وأقر الرئيس الأمريكي، دونالد ترامب، بما توصلت إليه أجهزة الاستخبارات.", "CONCEDE");
}

#[test]
fn who_fights_alongside_is_no_target_and_an_aim_is_no_attack() {
    let r = record("وتقاتل قوات إيرانية إلى جانب القوات الحكومية السورية منذ سنوات.");
    assert!(r.events.iter().all(|e| e.target.is_empty()), "{:#?}", r.events);
    assert_no_event(
        &["وقال التحالف إن العملية تستهدف إعادة حكومة الرئيس عبد ربه منصور هادي إلى صنعاء."],
        "ASSAULT",
    );
}

#[test]
fn the_subject_of_a_demand_or_a_refusal_only_speaks_of_the_fighting_it_names() {
    for text in [
        "طالب الأمين العام للأمم المتحدة أنطونيو غوتيريش بإجراء تحقيق مستقل بشأن مقتل فلسطينيين خلال اشتباكات مع الجيش الإسرائيلي.",
        "وشجب حلف الناتو الاعتداء الذي تعرض له الجاسوس الروسي السابق في بريطانيا.",
    ] {
        let r = record(text);
        let speaker = r.mentions.iter().position(|m| m.text.contains("غوتيريش") || m.text.contains("الناتو"));
        let acted = r.events.iter().any(|e| e.event_type == "ASSAULT" && speaker.is_some_and(|s| e.actor.contains(&s)));
        assert!(!acted, "{text}: {:#?}", r.events);
    }
}

#[test]
fn the_body_an_office_belongs_to_is_part_of_the_office_before_its_holder() {
    assert_roles(
        "طالب الأمين العام للأمم المتحدة أنطونيو غوتيريش بإجراء تحقيق مستقل.",
        "DEMAND",
        &["أنطونيو غوتيريش"],
        &[],
    );
    let r = record("وقال الأمين العام لحلف الناتو ينس ستولتنبرغ إن الحلف مستعد.");
    let speaker = r.claims.first().map(|c| names(&r, &c.speaker)).unwrap_or_default();
    assert_eq!(speaker, ["ينس ستولتنبرغ"], "{:#?}", r.claims);
}

#[test]
fn unnamed_forces_that_belong_to_a_named_side_act_for_it() {
    assert_roles(
        "وكشفت المصادر أن القوات التابعة للحكومة اليمنية ألقت القبض على المدعو محسن الكربي.",
        "COERCE",
        &["لحكومة اليمنية"],
        &["محسن الكربي"],
    );
}

#[test]
fn ground_taken_as_a_result_was_taken_by_the_one_named_after_la() {
    let r = record(
        "وأوضحت المصادر أن ميليشيات الحوثي تكبدت خسائر فادحة خلال المواجهات التي أسفرت عن تقدم نوعي لألوية العمالقة.",
    );
    let advance = r.events.iter().find(|e| e.trigger.text == "تقدم").expect("the advance");
    assert_eq!(names(&r, &advance.actor), ["ألوية العمالقة"], "{:#?}", r.events);
}

#[test]
fn missiles_developed_smuggled_or_sold_are_no_attack() {
    assert_no_event(
        &[
            "ويبحث وزراء الخارجية الأوروبيون أزمة تطوير إيران الصواريخ الباليستية.",
            "وعرض التحالف أدلة حول تهريب إيران صواريخ لميليشيات الحوثي.",
            "ووقعت الحكومة صفقة صواريخ مع روسيا.",
        ],
        "ASSAULT",
    );
}

#[test]
fn an_act_named_as_the_reason_for_the_subjects_act_is_not_the_subjects() {
    let cases = [
        (
            "استدعت وزارة الخارجية الإيرانية سفيرها بالعراق على خلفية اعتداء محتجين على القنصلية في البصرة.",
            "اعتداء",
        ),
        ("وشنت الولايات المتحدة غارات على سوريا ردا على هجوم كيمياوي على مدينة دوما.", "هجوم كيمياوي"),
        ("واعتقلت الشرطة التركية ثلاثة أشخاص بسبب هجوم على السفارة الأمريكية في أنقرة.", "هجوم"),
    ];
    for (text, reason) in cases {
        let r = record(text);
        let reason = r.events.iter().find(|e| e.trigger.text == reason);
        assert!(reason.is_none_or(|e| e.actor.is_empty()), "{text}: {:#?}", r.events);
    }
}

#[test]
fn a_speaker_quoted_does_not_do_the_acts_of_its_quoted_words() {
    let r = record("وقال ضابط الشرطة ديفيد ديكسمر: \"عقب الانفجار في المطار تلقى الرجل علاجا\".");
    assert!(r.events.iter().all(|e| e.actor.is_empty()), "{:#?}", r.events);
    // Words quoted right at the act are the announcement's own.
    let r = record("وأعلنت الحكومة العراقية \"تحرير\" مدينة الموصل من تنظيم داعش.");
    assert_eq!(names(&r, &only_event(&r, "ASSAULT").actor), ["الحكومة العراقية"]);
}

#[test]
fn a_number_is_no_verb_of_praise() {
    assert_no_event(&["واحتفظ المدرب بلاعبين اثنين على الأقل من فريق الشباب."], "SUPPORT");
}

#[test]
fn the_accused_and_a_verdict_are_no_accusation_or_condemnation() {
    assert_no_event(
        &[
            "أعلنت مصر استرداد المتهم باختطاف طائرة مصرية في قبرص.",
            "وحكم على ثلاثة متهمين آخرين بالسجن المؤبد.",
            "وأعلنت الشرطة اعتقال 15 شخصا من إجمالي 18 متهما.",
            "وأدانت هيئة المحلفين في مايو الماضي عبد الرحمن بتهمة الاعتداء على زوجته.",
            "وأدانت المحكمة الناشط نبيل رجب.",
        ],
        "DISAPPROVE",
    );
    // Accusing, with its object next; and condemnation.
    assert_an_event("وغرد ترامب عن الهجرة، متهما الديمقراطيين بأنهم سمحوا بفتح الحدود.", "DISAPPROVE");
    assert_roles("وأدانت الحكومة المصرية الهجوم على الكنيسة.", "DISAPPROVE", &["الحكومة المصرية"], &[]);
}

#[test]
fn an_aim_of_control_is_no_attack_and_an_imperative_no_act() {
    let r = record("وقال إن الحوثيين الذين يستهدفون السيطرة على حكم البلاد لن ينجحوا.");
    assert!(r.events.iter().all(|e| e.trigger.text != "يستهدفون"), "{:#?}", r.events);
    assert_no_event(&["وكتب في مقاله: اقصفوا المنشآت بالقنابل."], "ASSAULT");
    assert_an_event("وقالت أسرتها إن مجموعة من الفتيات اعتدين عليها في 20 فبراير.", "ASSAULT");
}

#[test]
fn a_statement_issued_and_a_persons_campaign_are_no_acts() {
    assert_no_event(&["وجاء ذلك في بيان صادر عن وزارة الدفاع الروسية."], "COERCE");
    assert_no_event(&["وأنفقت الرابطة 11 مليون دولار لدعم حملة ترامب الرئاسية."], "ASSAULT");
    assert_no_event(&["وعمل جورج سميث مستشارا بحملة الرئيس الأمريكي، دونالد ترامب، في نيويورك."], "ASSAULT");
    assert_an_event("وصادرت السلطات التركية أموال الشركة في إسطنبول.", "COERCE");
}

#[test]
fn a_word_spelled_with_another_hamza_or_as_an_adverb_is_that_word() {
    assert_no_event(&["وقال إن الشركة أكبر بائع للسيارات الخفيفة في العالم."], "COOPERATE");
    assert_no_event(
        &["وقدمت الشركة صورا ثلاثية الأبعاد في معرض دبي.", "ويسعى ولي العهد إلى تعزيز قبضته على السلطة."],
        "COERCE",
    );
    assert_no_event(&["وثار غضب بيونغيانغ بسبب الاقتراح.", "وأثرت الخطة سلبا على أسواق المال."], "CRIME");
}

#[test]
fn support_stated_in_words_is_backing_not_aid() {
    let r = record("وأعربت فرنسا عن دعمها للحكومة العراقية في حربها ضد الإرهاب.");
    assert!(r.events.iter().all(|e| e.event_type != "AID"), "{:#?}", r.events);
    assert_eq!(names(&r, &only_event(&r, "SUPPORT").actor), ["فرنسا"]);
}

#[test]
fn chemical_weapons_held_banned_or_studied_are_no_attack() {
    assert_no_event(
        &[
            "وقصفت القوات الغربية مواقع مرتبطة ببرنامج الأسلحة الكيميائية السوري.",
            "ووافقت سوريا على تدمير مخزونها من الأسلحة الكيماوية في عام 2013.",
            "وقال فيليب إنغرام، وهو خبير في الأسلحة الكيميائية، إن الأدلة قوية.",
            "وتنص اتفاقية حظر الأسلحة الكيميائية على إحالة الحالات الخطيرة إلى مجلس الأمن.",
        ],
        "ASSAULT",
    );
    // Their use stays an attack.
    let r = record("واتهمت الولايات المتحدة النظام السوري باستخدام الأسلحة الكيميائية في دوما.");
    assert!(r.events.iter().any(|e| e.event_type == "ASSAULT"), "{:#?}", r.events);
}

#[test]
fn backing_given_to_a_right_or_a_stance_is_support_not_aid() {
    let r = record("وقال البيت الأبيض إننا ندعم بقوة حق إسرائيل في الدفاع عن نفسها.");
    assert!(r.events.iter().all(|e| e.event_type != "AID"), "{:#?}", r.events);
    assert_eq!(names(&r, &only_event(&r, "SUPPORT").actor), ["البيت الأبيض"]);
    let r = record("وقال المتحدث إن التحالف سيواصل دعم جهود المبعوث الأممي.");
    assert!(r.events.iter().all(|e| e.event_type != "AID"), "{:#?}", r.events);
    // Material backing of a force stays aid.
    let r = record("وتدعم الولايات المتحدة قوات سوريا الديمقراطية بالسلاح.");
    assert_eq!(only_event(&r, "AID").event_type, "AID");
}

#[test]
fn a_verb_never_carries_a_glued_ba() {
    assert_no_event(
        &["وقال أوزغور أويزفتان، باحث في معهد برلين لأبحاث الهجرة، إن الانتخابات مختلفة."],
        "DEMAND",
    );
}

#[test]
fn the_name_after_a_participle_of_manner_is_its_object() {
    assert_roles(
        "وقال السيناتور الجمهوري المخضرم جون ماكين منتقدا ترامب إن القمة كانت خطأ.",
        "DISAPPROVE",
        &["جون ماكين"],
        &["ترامب"],
    );
}

#[test]
fn calls_rejected_were_made_by_others() {
    let r = record("ورفض نتنياهو دعوات إلى استقالته بعد صدور توصية الشرطة.");
    let calls = r.events.iter().find(|e| e.event_type == "DEMAND");
    assert!(calls.is_none_or(|e| e.actor.is_empty()), "{:#?}", r.events);
}

#[test]
fn the_genitive_of_a_noun_of_driving_out_was_driven_out() {
    assert_roles("وعاد السكان إلى المدينة بعد طرد تنظيم داعش منها.", "ASSAULT", &[], &["تنظيم داعش"]);
    assert_roles(
        "وجاء ذلك بعد طرد قوات سوريا الديمقراطية لتنظيم داعش من الرقة.",
        "ASSAULT",
        &["قوات سوريا الديمقراطية"],
        &["تنظيم داعش"],
    );
}

#[test]
fn an_area_of_control_after_a_glued_preposition_is_a_state() {
    assert_no_event(&["ويعيش النازحون في المنطقة المجاورة لمنطقة سيطرة جيش خالد بن الوليد."], "ASSAULT");
}

#[test]
fn people_counted_before_a_verb_of_killing_were_killed() {
    let r =
        record("وقصفت روسيا مدينة دوما. وذكرت مصادر طبية أن أكثر من 40 شخصا قتلوا في هجوم على مدينة دوما.");
    let killed = r.events.iter().find(|e| e.trigger.text == "قتلوا").expect("the killing");
    assert!(killed.actor.is_empty(), "{:#?}", r.events);
}

#[test]
fn a_name_in_the_genitive_of_a_word_with_a_glued_preposition_is_no_subject() {
    let r = record(
        "اصطدمت سيارة بأحد الحواجز الأمنية المحيطة بمقر البرلمان البريطاني، وقد أسفر الحادث عن إصابة عدد من المارة.",
    );
    assert!(r.events.iter().all(|e| e.actor.is_empty()), "{:#?}", r.events);
    // A preposition carrying only a pronoun points back: the name after it is the subject.
    assert_roles(
        "وهي الخطوة التي قامت بها القوات الإسرائيلية باقتحام المسجد.",
        "ASSAULT",
        &["القوات الإسرائيلية"],
        &[],
    );
}

#[test]
fn backers_joined_by_wa_back_and_states_joined_by_wa_act_together() {
    let r =
        record("وكانت القوات الحكومية المدعومة من السعودية والإمارات أعلنت عملية عسكرية على مدينة الحديدة.");
    assert!(r.events.iter().all(|e| e.actor.is_empty()), "{:#?}", r.events);
    assert!(r.claims.iter().all(|c| c.speaker.is_empty()), "{:#?}", r.claims);
    let r = record("وقع الصومال وإثيوبيا وإريتريا اتفاق تعاون لاستعادة السلام في المنطقة.");
    let agreement = r.events.iter().find(|e| e.event_type == "AGREE").expect("the agreement");
    assert_eq!(names(&r, &agreement.actor), ["الصومال", "إثيوبيا", "إريتريا"]);
}

#[test]
fn a_source_named_after_an_attribution_announces_no_act() {
    let r = record("وبحسب الجيش الإسرائيلي، سقط صاروخ على مدينة سديروت.");
    assert!(r.events.iter().all(|e| e.actor.is_empty()), "{:#?}", r.events);
    assert_roles("أعلن الجيش العراقي قصف مواقع لتنظيم داعش.", "ASSAULT", &["الجيش العراقي"], &["تنظيم داعش"]);
}

#[test]
fn a_word_ending_in_tanween_is_no_verb() {
    assert_no_event(
        &["وقال المتحدث إن إيران تستغل الميناء لتهريب الصواريخ، عارضاً صوراً لعناصر مسلحة."],
        "REJECT",
    );
    // A tanween sign typed for a damma inside a word leaves the verb a verb.
    assert_an_event("وقٌتل ثلاثة جنود في هجوم على حاجز للجيش في درعا.", "ASSAULT");
}

#[test]
fn a_verb_of_aiming_whose_subject_is_an_act_is_part_of_that_act() {
    // The act before the verb: the verb's object is the act's target.
    assert_roles(
        "في سوريا، غارات شنها التحالف استهدفت مواقع لتنظيم داعش في هجين.",
        "ASSAULT",
        &["التحالف"],
        &["تنظيم داعش"],
    );
    assert_roles(
        "في سوريا، الغارات التي شنها التحالف استهدفت مواقع لتنظيم داعش في هجين.",
        "ASSAULT",
        &["التحالف"],
        &["تنظيم داعش"],
    );
    // The act after the verb: its genitive is its doer, not what the verb hit.
    assert_roles(
        "في سوريا، استهدفت غارة للتحالف مقرا لتنظيم داعش في هجين.",
        "ASSAULT",
        &["لتحالف"],
        &["تنظيم داعش"],
    );
    // A verb of aiming with its own subject stays an act of its own.
    let r = record("قصف الجيش الإسرائيلي مواقع لحركة حماس التي استهدفت القوات بالصواريخ.");
    assert_eq!(r.events.iter().filter(|e| e.event_type == "ASSAULT").count(), 2, "{:#?}", r.events);
}

#[test]
fn an_act_that_dates_the_sentence_by_what_it_did_is_not_the_subjects() {
    let r = record(
        "عثر على رجل الأعمال الروسي نيكولاي جلوشكوف في منزله بلندن، بعد أيام من الهجوم الذي استهدف العميل سيرغي سكريبال.",
    );
    let assaults: Vec<_> = r.events.iter().filter(|e| e.event_type == "ASSAULT").collect();
    assert!(!assaults.is_empty() && assaults.iter().all(|e| e.actor.is_empty()), "{:#?}", r.events);
    // Fighting after بعد … من with nothing picking it out is still the subject's own.
    let r = record("وسيطرت قوات سوريا الديمقراطية على البلدة بعد أسابيع من القتال.");
    assert!(r.events.iter().all(|e| names(&r, &e.actor) == ["قوات سوريا الديمقراطية"]), "{:#?}", r.events);
}

#[test]
fn a_call_by_a_defective_verb_is_found_and_a_farewell_is_no_call() {
    assert_roles("دعت روسيا الولايات المتحدة إلى سحب قواتها.", "DEMAND", &["روسيا"], &["الولايات المتحدة"]);
    assert_an_event("ودعت السعودية لعقد قمة عربية طارئة.", "DEMAND");
    assert_no_event(
        &["وودعت كوستاريكا البطولة بعد الخسارة.", "كما ودعت السعودية المونديال بعدما احتلت المركز الثالث."],
        "DEMAND",
    );
}

#[test]
fn an_act_a_demand_asks_for_has_not_happened() {
    assert_no_event(&["طالبت روسيا الحكومة البريطانية بتقديم اعتذار."], "CONCEDE");
    assert_no_event(&["وطالبت الدوحة بإطلاق سراح المواطن القطري فورا."], "RETREAT");
    assert_no_event(&["طالب الأمين العام للأمم المتحدة بإجراء تحقيق مستقل في مقتل المتظاهرين."], "INVESTIGATE");
    // The demand itself is an event.
    assert_an_event("طالبت روسيا الحكومة البريطانية بتقديم اعتذار.", "DEMAND");
}

#[test]
fn a_relative_verb_with_an_object_pronoun_has_its_subject_after_it() {
    // The noun after the verb is its subject, unnamed: nobody further back did it.
    let r = record(
        "ويواجه مادورو علاقات متوترة مع نظيره الفرنسي إيمانويل ماكرون الذي يتهمه الرئيس بالديكتاتورية.",
    );
    assert!(r.events.iter().all(|e| e.actor.is_empty()), "{:#?}", r.events);
    // Before a preposition the subject is the verb's own pronoun: the one talked about.
    assert_roles("وكان نتنياهو دان عمل الشرطة التي اتهمها بالانحياز ضده.", "DISAPPROVE", &["نتنياهو"], &[]);
}

#[test]
fn a_weak_verb_form_right_after_a_verb_of_force_is_a_noun() {
    assert_no_event(&["قتل طالب برصاص قوات الأمن الأفغانية في كابول."], "DEMAND");
    assert_no_event(&["شنت مقاتلات التحالف غارات جوية استهدفت تجمعا ومخزن أسلحة في محافظة حجة."], "PROTEST");
}

#[test]
fn an_act_named_as_the_cause_of_harm_did_happen_and_takes_no_doer_from_before() {
    // The attack hurt someone: an event, though its doers are only "gunmen".
    assert_an_event("أصيب جندي في هجوم شنه مسلحون على حاجز للجيش.", "ASSAULT");
    let r = record("أصيب طالب بجروح خطيرة في هجوم على مدرسة في كابول.");
    assert_eq!(names(&r, &only_event(&r, "ASSAULT").place), ["كابول"]);
    // A sentence about the victims does not make the one named before the attacker.
    let r = record("وعقد مجلس الأمن الدولي جلسة طارئة. وقتل عشرات الأشخاص في الهجوم على البلدة.");
    let attack = r.events.iter().find(|e| e.trigger.text == "هجوم").expect("the attack");
    assert!(attack.actor.is_empty(), "{:#?}", r.events);
    // Not what one is convicted of, nor a vital spot.
    assert_no_event(&["وأصدرت المحكمة حكما بإعدام 17 شخصا أدينوا باستهداف كنائس."], "ASSAULT");
}

#[test]
fn the_one_named_after_min_janib_did_the_act_and_ila_janib_is_beside() {
    assert_roles("تعرضت القوات لهجوم من جانب تنظيم داعش.", "ASSAULT", &["تنظيم داعش"], &[]);
    let r = record("وكان رجل قد قتل في الرياض الشهر الماضي في هجوم صاروخي من جانب الحوثيين.");
    assert!(r.events.iter().all(|e| names(&r, &e.actor) == ["الحوثيين"]), "{:#?}", r.events);
    assert!(r.events.iter().all(|e| e.target.is_empty()), "{:#?}", r.events);
}

#[test]
fn a_relative_verb_with_its_subject_after_it_takes_no_actor_from_before() {
    let r = record("وانتقدت مصر إثيوبيا بسبب المواقع الأثرية التي هددها بناء السد.");
    let threat = only_event(&r, "THREATEN");
    assert!(threat.actor.is_empty(), "{:#?}", r.events);
}

#[test]
fn a_plural_verb_after_annahum_has_the_count_after_it_for_object() {
    let r = record("وأعلنت قوات سوريا الديمقراطية أن مقاتليها سيطروا على القرية، وأنهم قتلوا 40 عنصرا من تنظيم داعش في اشتباكات.");
    let killing = r.events.iter().find(|e| e.mode.as_deref() == Some("killing")).expect("the killing");
    assert_eq!(names(&r, &killing.actor), ["قوات سوريا الديمقراطية"]);
    // The clashes they killed in are theirs too.
    let clash = r.events.iter().find(|e| e.trigger.text == "اشتباكات").expect("the clashes");
    assert_eq!(names(&r, &clash.actor), ["قوات سوريا الديمقراطية"]);
}

#[test]
fn a_perfect_written_with_its_passive_vowel_has_its_subject_for_target() {
    assert_roles("واحتُجز الصحفي سامر الخطيب في دمشق.", "COERCE", &[], &["سامر الخطيب"]);
    assert_roles(
        "وكانت الناشطة لجين الهذلول التي اعتُقلت عام 2014 قد أطلقت حملة.",
        "COERCE",
        &[],
        &["لجين الهذلول"],
    );
    // The imperfect's prefix takes the vowel in the active too.
    assert_roles("وقالت الوزارة إن الجيش السوري يُرسل تعزيزات إلى حلب.", "MOBILIZE", &["الجيش السوري"], &[]);
}

#[test]
fn members_of_a_body_named_after_a_verb_make_the_body_its_subject() {
    assert_roles(
        "ودعا أعضاء في مجلس الشيوخ الأمريكي إلى تعليق مبيعات الأسلحة.",
        "DEMAND",
        &["مجلس الشيوخ الأمريكي"],
        &[],
    );
    assert_roles("وحذر مسؤولون في الإدارة الأمريكية من عواقب الهجوم.", "THREATEN", &["الإدارة الأمريكية"], &[]);
    assert_roles("وقد ندد قادة في الجيش الإسرائيلي بما فعله الجندي.", "DISAPPROVE", &["الجيش الإسرائيلي"], &[]);
    // The member named after a comma speaks; one of them (`بمن فيهم`) does not.
    let r = record("وقال مسؤول في مجلس الرقة المدني، أحمد الحسن، إن الحملة مستمرة.");
    assert_eq!(r.claims[0].speaker_text.as_deref(), Some("أحمد الحسن"));
    // After a verb of force the members are most often those it was done to.
    let r = record("وقتل مسؤولون في الحكومة العراقية في الهجوم.");
    assert!(r.events.iter().all(|e| e.actor.is_empty()), "{:#?}", r.events);
}

#[test]
fn after_mimman_the_subject_is_those_unnamed_unless_a_name_stands_before() {
    let r = record("وطالب المحتجون التحالف الدولي بالكشف عن مصير العشرات ممن اعتُقلوا في المدينة.");
    let arrest = only_event(&r, "COERCE");
    assert!(arrest.actor.is_empty() && arrest.target.is_empty(), "{:#?}", r.events);
    assert_roles("وكان نتنياهو ممن ساعدوا في حث ترامب على الانسحاب.", "AID", &["نتنياهو"], &[]);
}

#[test]
fn an_act_noun_after_a_line_names_the_line() {
    assert_no_event(&["وتواصل القوات التقدم لقطع خط إمداد الميليشيات الحوثية."], "AID");
    assert_no_event(&["ولعب سواريز إلى جانب كافاني في خط هجوم أوروغواي."], "ASSAULT");
    assert_no_event(&["ووصل الضباط الروس إلى خط وقف إطلاق النار بين سوريا وإسرائيل."], "AGREE");
}

#[test]
fn a_country_after_an_act_noun_does_the_act_when_another_party_follows() {
    assert_roles(
        "وتأتي التصريحات بعد اتهام بريطانيا روسيا بالوقوف وراء الهجوم.",
        "DISAPPROVE",
        &["بريطانيا"],
        &["روسيا"],
    );
    assert_roles("وأثار دعم الولايات المتحدة للقوات الكردية غضب أنقرة.", "AID", &["الولايات المتحدة"], &[]);
    assert_roles("وقالت قطر إن موافقة إسرائيل على تمويل المشروع جاءت متأخرة.", "AGREE", &["إسرائيل"], &[]);
    // Read as a perfect or as its noun, the country after `قصف` is the one shelling.
    let r = record("وأدانت فرنسا قصف تركيا لعفرين.");
    let shelling = only_event(&r, "ASSAULT");
    assert_eq!(names(&r, &shelling.actor), ["تركيا"]);
    assert_eq!(names(&r, &shelling.place), ["عفرين"]);
    // The doer is not where the act fell: the place is the one after it.
    let r = record("وأدت غارات إسرائيل على مواقع في دمشق إلى مقتل خمسة أشخاص.");
    let raids = r.events.iter().find(|e| e.trigger.text == "غارات").expect("the raids");
    assert_eq!(names(&r, &raids.actor), ["إسرائيل"]);
    assert_eq!(names(&r, &raids.place), ["دمشق"]);
}

#[test]
fn a_country_after_a_plural_of_acts_or_a_denial_made_them() {
    assert_roles(
        "واستغلت روسيا النتائج لدحض اتهامات بريطانيا والهجوم عليها.",
        "DISAPPROVE",
        &["بريطانيا"],
        &[],
    );
    assert_roles("وارتفع النفط وسط تهديدات السعودية بالرد على أي إجراء.", "THREATEN", &["السعودية"], &[]);
    // A denial or a refusal is the country's own.
    assert_roles("وتقول بريطانيا إن موسكو وراء الحادث، على الرغم من نفي روسيا.", "REJECT", &["روسيا"], &[]);
    // Sanctions after a country are the ones it is under; talks, the ones held there.
    for text in ["وقررت الإدارة رفع عقوبات إيران.", "ورفض التوقيع على اتفاق خلال مفاوضات الكويت عام 2016."]
    {
        let r = record(text);
        assert!(r.events.iter().all(|e| e.actor.is_empty()), "{text}: {:#?}", r.events);
    }
}

#[test]
fn a_country_alone_after_an_act_noun_is_where_it_fell_or_whom_it_reached() {
    for text in [
        "وتظاهر العشرات ضد قصف اليمن منذ سنوات.",
        "وجاء ذلك بعد اتهام روسيا بالتورط في الهجوم.",
        "وتقوم مساعدة الوزير بزيارة الأردن للاطلاع على جهود الإغاثة.",
        "وأعلن الوزير خلال مشاركته في مؤتمر الكويت عن توقيع اتفاقية.",
        "وأكد أنه يأسف لعدم دعوة ليبيا إلى هذا المؤتمر.",
        "وظهر فريق إعادة إعمار اليمن إلى جانب فرق المهندسين.",
    ] {
        let r = record(text);
        assert!(
            r.events.iter().all(|e| names(&r, &e.actor).iter().all(|a| ![
                "اليمن",
                "روسيا",
                "الأردن",
                "الكويت",
                "ليبيا"
            ]
            .contains(&a.as_str()))),
            "{text}: {:#?}",
            r.events
        );
    }
}

#[test]
fn a_country_doing_an_act_in_its_phrase_is_not_the_dropped_subject_after_it() {
    let r = record("وتقدم الجيش السوري نحو هجين بعد غارات إسرائيل على مواقع داعش، ثم سيطر على قرية الشعفة.");
    let raids = r.events.iter().find(|e| e.trigger.text == "غارات").expect("the raids");
    assert_eq!(names(&r, &raids.actor), ["إسرائيل"]);
    let seized = r.events.iter().find(|e| e.trigger.text == "سيطر").expect("the seizure");
    assert_eq!(names(&r, &seized.actor), ["الجيش السوري"]);
}

#[test]
fn a_preposition_carrying_a_pronoun_may_stand_between_a_verb_and_its_subject() {
    let r = record("وانطلقت طائرة مسيرة فتصدت لها الطائرات الإسرائيلية.");
    let fought_off = r.events.iter().find(|e| e.trigger.text == "تصدت").expect("the interception");
    assert_eq!(names(&r, &fought_off.actor), ["الطائرات الإسرائيلية"]);
    assert_roles("ووجهت له الولايات المتحدة اتهامات بالتجسس.", "DISAPPROVE", &["الولايات المتحدة"], &[]);
}

#[test]
fn a_perfect_joined_after_a_verb_of_attempt_tells_what_happened_next() {
    assert_roles(
        "وحاول المسلحون التقدم فتصدت لهم قوات الجيش السوري.",
        "ASSAULT",
        &["قوات الجيش السوري"],
        &[],
    );
    // A condition goes on over و: what follows it is as unreal as what precedes it.
    assert_no_event(
        &["وقال إنه إذا تجاهلت الولايات المتحدة التحذيرات وقصفت المدينة فستتحمل العواقب."],
        "ASSAULT",
    );
}

#[test]
fn a_defective_verb_with_an_object_pronoun_agrees_with_the_state_after_it() {
    // نفى drops its final vowel before the feminine ending and the pronoun (`نفته`).
    assert_roles("واتهموها بدعم الإرهاب، الأمر الذي نفته الدوحة.", "REJECT", &["الدوحة"], &[]);
    assert_roles("وهو ما نفته الإمارات في بيان.", "REJECT", &["الإمارات"], &[]);
}

#[test]
fn a_name_no_lexicon_knows_after_a_verb_of_saying_is_its_speaker() {
    let r = record("وقال كلوب: إنهم برتغاليون يتمسكون بالكبرياء.");
    assert_eq!(r.claims[0].speaker_text.as_deref(), Some("كلوب"));
    let r = record("وأوضح كولومب أنه كان معروفا لجرائم بسيطة.");
    assert_eq!(r.claims[0].speaker_text.as_deref(), Some("كولومب"));
    // A surname of a person named before is that person.
    let r = record("وقالت وزيرة الداخلية أمبر رود إن التحقيق مستمر. وقالت رود إن الأدلة تتزايد.");
    let second = &r.claims[1];
    assert_eq!(names(&r, &second.speaker), ["أمبر رود"]);
    // Not an adverb, a count of times, a reflexive, nor after a participle or mid-clause.
    for text in [
        "وقال حينها: إن الوضع صعب.",
        "وقال عدة مرات، في تعليقه على الأمر، إن الوضع صعب.",
        "وسمح بدخول جماهير النادي المضيف فقط، ذهابا وعودة.",
    ] {
        let r = record(text);
        let speakers: Vec<_> = r.claims.iter().filter_map(|c| c.speaker_text.clone()).collect();
        assert!(
            speakers.iter().all(|s| !["حينها", "عدة مرات", "فقط"].contains(&s.as_str())),
            "{text}: {speakers:?}"
        );
    }
}

#[test]
fn an_unknown_speaker_may_stand_before_the_setting_of_what_he_says() {
    // Where, when and to whom, then what is said.
    for (text, speaker) in [
        ("وقال رونالدينيو في مقابلة مع \"في المرمى\": سمعت سابقا عن السعودية.", "رونالدينيو"),
        ("وأضافت بوتيلاس خلال كلمتها: لو كان لي خيار لما غادرت.", "بوتيلاس"),
        ("وقال هيغوايين لصحيفة \"كلارين\": عدم ذهابنا كان صائبا.", "هيغوايين"),
        ("وأعلن مانشيني عقب تعيينه أنه سيعيد استدعاء اللاعب.", "مانشيني"),
        // A word with a pronoun before the setting is the verb's object.
        ("ووصف مايرز زميله في بيان بأنه ممثل كامل.", "مايرز"),
        // Said to a body named with ل glued to it.
        ("وقال بوار لبي بي سي \"لقد رفعنا شكوى للفيفا\".", "بوار"),
        ("وقالت مصادر لرويترز إن التجديد يستغرق وقتا.", "مصادر"),
    ] {
        assert_eq!(first_speaker(text).as_deref(), Some(speaker), "{text}");
    }
    // Right before what is said, a word in ه may end a name.
    assert_eq!(first_speaker("ويقول روبير سوليه إن الولع بمصر قديم.").as_deref(), Some("روبير سوليه"));
    // A passive's subject is the one accused, and a setting with another verb of saying
    // before what is said is no speaker's.
    for text in [
        "اتُهم سجناء في الولايات المتحدة بابتزاز جنود من خلال التظاهر بأنهم فتيات.",
        "وقال كوتسيس في البلدة التي قالت الشرطة إنها هادئة.",
    ] {
        let speakers: Vec<_> = record(text).claims.iter().filter_map(|c| c.speaker_text.clone()).collect();
        assert!(speakers.iter().all(|s| s != "سجناء" && s != "كوتسيس"), "{text}: {speakers:?}");
    }
}

#[test]
fn an_adverb_may_stand_between_an_unknown_speaker_and_what_he_says() {
    for (text, speaker) in [
        ("وقال كلوب أيضا إن الفريق قدم مباراة كبيرة.", "كلوب"),
        ("قال نوير آنذاك: يجب أن أكون حذرا.", "نوير"),
        ("وأضاف راموس مازحا في مؤتمر صحفي إن الجميع سيرحل.", "راموس"),
    ] {
        assert_eq!(first_speaker(text).as_deref(), Some(speaker), "{text}");
    }
    // A comma after the adverb closes a phrase: the words before it are no speaker.
    let text = "اتهموه بالكفر بسبب غيرتهم منه، لذلك من الأفضل له أن يبقى.";
    let speakers: Vec<_> = record(text).claims.iter().filter_map(|c| c.speaker_text.clone()).collect();
    assert!(speakers.iter().all(|s| !s.contains("غيرتهم")), "{text}: {speakers:?}");
}

#[test]
fn the_side_named_after_a_noun_of_the_wounded_suffered_the_wounds() {
    let r = record("ونقل قتلى وجرحى داعش إلى المستشفى.");
    let wounded = event_with_trigger(&r, "جرحى");
    assert!(wounded.actor.is_empty(), "{wounded:#?}");
    assert_eq!(names(&r, &wounded.target), ["داعش"]);
    // With no side after it, the wounded still count for the doer the sentence names.
    let r = record("وشن طيران التحالف عدة غارات على مواقع الحوثيين، أسفرت عن سقوط قتلى وجرحى من الميليشيات.");
    assert_eq!(names(&r, &event_with_trigger(&r, "جرحى").actor), ["طيران التحالف"]);
}

#[test]
fn a_first_name_alone_after_a_verb_of_saying_is_the_person_named_before() {
    let text = "والتقى الرئيس بالناشطة ملالا يوسفزاي في الحفل. وأضافت ملالا خلال كلمتها إن التعليم حق.";
    let r = record(text);
    let claim = claim_with_cue(&r, "أضافت");
    // The lexicon knows her by her first name too: the speaker is the person, by either name.
    let canonical_of = |m: usize| match &r.mentions[m].info {
        MentionInfo::Actor { canonical, .. } => canonical.as_deref(),
        _ => None,
    };
    let canonical: Vec<_> = claim.speaker.iter().map(|&m| canonical_of(m)).collect();
    assert_eq!(canonical, [Some("Malala Yousafzai")], "{:#?}", r.claims);
}

#[test]
fn a_hedge_said_impersonally_has_no_speaker() {
    // `ويعتقد أن`: "it is believed"; the source of the sentence before says nothing here.
    assert_no_claim_on("وقال المرصد إن القصف استمر. ويعتقد أن القتيلين يعملان لحساب شركة خاصة.", "يعتقد");
    assert_no_claim_on("وذكرت الصحيفة أن المرتزقة الذين يرجح أنهم قتلوا في سوريا روس.", "يرجح");
    // With a subject, a pronoun's or a masculine antecedent's, the hedge is someone's.
    let r = record("وأضاف ترامب أنه يعتقد أن كوريا الشمالية تريد نزع أسلحتها.");
    let hedge = claim_with_cue(&r, "يعتقد");
    assert_eq!(names(&r, &hedge.speaker), ["ترامب"]);
}

#[test]
fn the_name_after_a_participle_of_saying_is_its_object() {
    let r = record("ونفى وزير الصحة وجود أي علاقة بين الوفاة والمبيد، واصفا المبيد بأنه آمن.");
    let described = claim_with_cue(&r, "واصفا");
    assert_eq!(described.speaker_text.as_deref(), Some("وزير الصحة"), "{:#?}", r.claims);
    // Nor is a quantifier and its noun after the subject (`أي علاقة`).
    assert_eq!(r.claims[0].speaker_text.as_deref(), Some("وزير الصحة"));
    let r = record("وقالت منظمة العفو الدولية إن الاعتقال تعسفي، متهمة إسرائيل بالعنصرية.");
    let accusing = claim_with_cue(&r, "متهمة");
    assert_eq!(names(&r, &accusing.speaker), ["منظمة العفو الدولية"], "{:#?}", r.claims);
}

#[test]
fn a_verb_of_adding_that_opens_nothing_said_is_no_claim() {
    for text in [
        "وسجل كارلوس فيلا الهدف الأول ثم أضاف خافيير هرنانديز الهدف الثاني في الدقيقة 66.",
        "وتعثرت المفاوضات مما أضاف إلى المتاعب التي تواجهها الحكومة.",
        "وأشادت المنظمة بأن القانون أضاف جرائم جديدة منها إكراه المرأة على الزواج.",
    ] {
        let r = record(text);
        assert!(r.claims.iter().all(|c| !c.cue.text.contains("ضاف")), "{text}: {:#?}", r.claims);
    }
    for text in [
        "وأضاف تورام، الفائز بكأس العالم، أن العنصرية منتشرة.",
        "وأضاف الوزير في كلمته خلال الجلسة الافتتاحية للمؤتمر أن الرشوة جريمة.",
    ] {
        let r = record(text);
        assert!(
            r.claims.iter().any(|c| c.cue.text.contains("ضاف") || c.cue.text.contains("ضيف")),
            "{text}: {:#?}",
            r.claims
        );
    }
}

#[test]
fn a_verb_that_is_a_claims_cue_has_the_speaker_named_after_it_for_subject() {
    assert_roles(
        "اتهم رئيس السلطة الفلسطينية محمود عباس حركة حماس بعرقلة المصالحة.",
        "DISAPPROVE",
        &["محمود عباس"],
        &["حركة حماس"],
    );
    // Two speakers of one cue act together.
    let r = record("واتهمت سوريا وروسيا القوات الإسرائيلية بشن الغارات.");
    let accusing = only_event(&r, "DISAPPROVE");
    assert_eq!(names(&r, &accusing.actor), ["سوريا", "روسيا"]);
    // A body right after a definite noun is the verb's object, not the one its role serves.
    let r = record("واتهم المسؤولون اللبنانيون السلطات السعودية باحتجاز الحريري.");
    assert_eq!(r.claims[0].speaker_text.as_deref(), Some("المسؤولون اللبنانيون"), "{:#?}", r.claims);
    assert_eq!(names(&r, &only_event(&r, "DISAPPROVE").target), ["السلطات السعودية"]);
}

#[test]
fn a_word_of_risk_between_a_support_verb_and_its_noun_says_the_act_is_feared() {
    assert_no_event(&["وكان الصحفي قد تعرض لخطر الاعتقال عدة مرات."], "COERCE");
    // An attempt there was made.
    assert_an_event("وقال الرئيس الفنزويلي نيكولاس مادورو إنه نجا من محاولة اغتيال بطائرات مسيرة.", "ASSAULT");
}

#[test]
fn hostages_named_as_released_tell_of_no_abduction() {
    assert_no_event(
        &["وأفرجت الحركة عن ثلاثة رهائن أمس.", "وتفاوض حول الإفراج عن الرهائن الأميركيين."],
        "ASSAULT",
    );
    assert_an_event("وأفرجت الحركة عن ثلاثة رهائن أمس.", "RETREAT");
    assert_an_event("واحتجز المسلحون عشرات الرهائن في المتجر.", "ASSAULT");
}

#[test]
fn a_noun_carrying_its_doers_pronoun_has_its_object_after_la() {
    let r = record("وعرف الصحفي بانتقاداته للحكومة السعودية.");
    let criticism = only_event(&r, "DISAPPROVE");
    assert!(criticism.actor.is_empty(), "{criticism:#?}");
    assert_eq!(names(&r, &criticism.target), ["لحكومة السعودية"]);
}

#[test]
fn the_subject_of_a_verb_of_facing_faced_the_act() {
    assert_roles("ويواجه ترامب اتهامات بعرقلة العدالة.", "DISAPPROVE", &[], &["ترامب"]);
    assert_roles("وتواجه إيران عقوبات أمريكية على قطاع النفط.", "SANCTION", &[], &["إيران"]);
}

#[test]
fn a_tally_frozen_at_a_number_stays_at_that_level() {
    assert_no_event(&["وفاز الفريق بينما تجمد رصيد فرايبورغ عند 30 نقطة في المركز الرابع عشر."], "SANCTION");
    assert_an_event("وجمدت السلطات المصرية أموال الشركة في القاهرة.", "SANCTION");
}

#[test]
fn an_act_named_after_its_victims_is_not_the_subject_s() {
    let r = record("بدأت الحكومة الأسترالية تطبيق برنامج تعويض مالي لضحايا الاعتداء الجنسي على الأطفال.");
    assert!(
        r.events.iter().filter(|e| e.event_type == "ASSAULT").all(|e| e.actor.is_empty()),
        "{:#?}",
        r.events
    );
    // Its doer named after it stays (`ضحايا قمع قوات الاحتلال`).
    assert_roles(
        "وأعلنت حالة الحداد العام على ضحايا قمع قوات الاحتلال الإسرائيلي للمسيرات.",
        "COERCE",
        &["قوات الاحتلال الإسرائيلي"],
        &[],
    );
}

#[test]
fn driving_out_envoys_is_a_sanction_on_their_state() {
    // Past the subject and a count: the verb, the noun after ب, the present.
    // Their state is named by the adjective (`بريطانيا`, written as the country), and stands
    // for itself where the text names it.
    assert_roles("وطردت روسيا 23 دبلوماسيا بريطانيا ردا على قرار لندن.", "SANCTION", &["روسيا"], &["لندن"]);
    assert_roles("وأمر ترمب بطرد 60 دبلوماسيا روسيا من روسيا.", "SANCTION", &["ترمب"], &["روسيا"]);
    assert_roles(
        "روسيا تطرد 60 دبلوماسيا أمريكيا وتغلق قنصلية الولايات المتحدة.",
        "SANCTION",
        &["روسيا"],
        &["الولايات المتحدة"],
    );
    // The count is the envoys expelled, not who underwent it: the state before did it.
    assert_roles("ردا على قرار بريطانيا طرد 23 دبلوماسيا روسيا.", "SANCTION", &["بريطانيا"], &[]);
    // A country right after the noun, with the count after it, is the doer.
    assert_roles("وقالت ماي إن طرد روسيا 23 دبلوماسيا بريطانيا لا يغير شيئا.", "SANCTION", &["روسيا"], &[]);
    // Driving out a force stays ground taken.
    assert_no_event(&["تمكنت القوات من طرد داعش من المدينة."], "SANCTION");
    assert_an_event("تمكنت القوات من طرد داعش من المدينة.", "ASSAULT");
}

#[test]
fn the_side_whose_decision_an_act_is_does_it() {
    assert_roles("وأعلن البيت الأبيض دعمه لقرار لندن طرد الدبلوماسيين الروس.", "SANCTION", &["لندن"], &[]);
    assert_roles("ورحبت الحكومة بقرار واشنطن فرض عقوبات على طهران.", "SANCTION", &["واشنطن"], &["طهران"]);
    // The announcer of a death is not its doer.
    let r = record("وجاء ذلك بعد إعلان الجيش مقتل قائد في الحركة.");
    assert!(r.events.iter().all(|e| e.actor.is_empty()), "{:#?}", r.events);
}

#[test]
fn the_side_named_after_a_noun_of_facing_is_the_one_faced() {
    assert_roles(
        "وقال إن واشنطن تركز جهودها في قتال تنظيم الدولة الإسلامية.",
        "ASSAULT",
        &["واشنطن"],
        &["تنظيم الدولة الإسلامية"],
    );
    let r = record("ويأتي ذلك بعد استهداف الجيش السوري في دير الزور.");
    let event = only_event(&r, "ASSAULT");
    assert_eq!(names(&r, &event.target), ["الجيش السوري"]);
    // With an object of its own after it, the side named is the doer.
    assert_roles("وتأتي التصريحات عقب استهداف إسرائيل لمطار المزة.", "ASSAULT", &["إسرائيل"], &[]);
    assert_roles("وتأتي التصريحات عقب استهداف إسرائيل مواقع في سوريا.", "ASSAULT", &["إسرائيل"], &[]);
}

#[test]
fn the_allies_a_doer_is_named_with_are_not_its_target() {
    let r = record("حررت قوات الجيش السوري وحلفاؤها في محور المقاومة مدينة دير الزور.");
    let event = only_event(&r, "ASSAULT");
    assert!(event.target.is_empty(), "{:#?}", r.events);
}

#[test]
fn a_judge_of_an_act_did_not_do_it() {
    for text in [
        "ووصف ترامب الهجوم على إدلب بأنه متهور.",
        "واعتبر الجيش الإسرائيلي هذه الهجمات ردا على حادث خطير.",
        "واعتبرت تيريزا ماي تسميم العميل الروسي عملا عسكريا.",
    ] {
        let r = record(text);
        assert!(
            r.events.iter().filter(|e| e.event_type == "ASSAULT").all(|e| e.actor.is_empty()),
            "{text}: {:#?}",
            r.events
        );
        assert_eq!(r.claims.len(), 1, "{text}: {:#?}", r.claims);
    }
    // An announcer still names its own act.
    assert_roles("وأعلن الجيش العراقي قصف مواقع داعش في القائم.", "ASSAULT", &["الجيش العراقي"], &["داعش"]);
}

#[test]
fn a_place_that_witnessed_an_act_is_where_it_happened() {
    let r = record("وشهدت دمشق غارات إسرائيلية عنيفة.");
    let event = only_event(&r, "ASSAULT");
    assert!(event.actor.is_empty(), "{:#?}", r.events);
    assert_eq!(names(&r, &event.place), ["دمشق"]);
}

#[test]
fn a_support_verb_after_an_unnamed_antecedent_has_an_unnamed_doer() {
    let r = record(
        "وأعلنت القوات الخاصة الأمريكية قتله في باكستان. وكان ثلاثة من الطيارين الذين نفذوا الهجوم الانتحاري أعضاء في التنظيم.",
    );
    let suicide = r.events.iter().find(|e| e.mode.as_deref() == Some("suicide")).expect("the suicide attack");
    assert!(suicide.actor.is_empty(), "{:#?}", r.events);
}

#[test]
fn reports_are_a_source_and_a_masculine_verb_does_not_go_on_with_them() {
    let r = record("وذكرت تقارير صحافية أن المشتبه به أزعج موظفين في الجامعة.");
    assert_eq!(r.claims.len(), 1, "{:#?}", r.claims);
    assert_eq!(r.claims[0].speaker_text.as_deref(), Some("تقارير صحافية"));
    let r = record("وأشارت تقارير إلى أن والد العروس شاهد الحفل. وقال في تصريح لموقع أمريكي إنه سعيد.");
    let speakers: Vec<_> = r.claims.iter().filter_map(|c| c.speaker_text.clone()).collect();
    assert_eq!(speakers, ["تقارير"], "{:#?}", r.claims);
    // A feminine verb goes on with them.
    let r = record("وذكرت مصادر أهلية أن القصف استهدف السوق. وأضافت المصادر أن القتلى مدنيون.");
    assert_eq!(r.claims.len(), 2, "{:#?}", r.claims);
}

#[test]
fn a_body_named_in_quotes_or_a_name_before_a_quote_is_the_speaker() {
    assert_eq!(
        first_speaker("وقالت منظمة \"السلام الآن\" إن منح حقوق الملكية خطير.").as_deref(),
        Some("منظمة \"السلام الآن\"")
    );
    assert_eq!(
        first_speaker("وقال موقع \"ديفينس وان\" الإخباري المتخصص في الشؤون العسكرية إن الطائرة سقطت.")
            .as_deref(),
        Some("موقع \"ديفينس وان\"")
    );
    // One bare noun may complete the head; the quotes bound a name of up to five words.
    assert_eq!(
        first_speaker("وذكرت وكالة أنباء \"فارس\" أن الهجوم فشل.").as_deref(),
        Some("وكالة أنباء \"فارس\"")
    );
    assert_eq!(
        first_speaker("وقالت شركة \"إيه تي آند تي\" إنه لا تعليق لديها.").as_deref(),
        Some("شركة \"إيه تي آند تي\"")
    );
    assert_eq!(first_speaker("وقال كامبل \"قررنا حجب الجائزة هذا العام\".").as_deref(), Some("كامبل"));
    // Not a pronoun and the verb after it (`قالت وهي تبكي "…"`).
    assert_eq!(first_speaker("وقالت وهي تبكي \"إنها لم تكن تعني ذلك\"."), None);
}

#[test]
fn penalties_of_the_law_are_no_sanction() {
    assert_no_event(
        &[
            "وتنص المادة 534 من قانون العقوبات اللبناني على أن العلاقات مخالفة للطبيعة.",
            "وقال إن إخفاء الأنباء يعني التورط في جريمة يعاقب عليها القانون.",
        ],
        "SANCTION",
    );
    assert_an_event("وفرضت الولايات المتحدة عقوبات على شركات روسية.", "SANCTION");
}

#[test]
fn one_killed_in_an_act_did_not_do_it() {
    let r = record("قالت مصادر إن عماد مغنية، الذي قتل في انفجار سيارة مفخخة بدمشق، كان في اجتماع.");
    let killing = r.events.iter().find(|e| e.mode.as_deref() == Some("killing")).expect("the killing");
    assert!(killing.actor.is_empty(), "{:#?}", r.events);
    assert_eq!(names(&r, &killing.target), ["عماد مغنية"]);
    let bombing = r.events.iter().find(|e| e.mode.as_deref() == Some("bombing")).expect("the blast");
    assert!(bombing.actor.is_empty(), "{:#?}", r.events);
    // A subject after the verb does the killing.
    let r = record("وقتل الحوثيون في الهجوم ثلاثة جنود.");
    assert!(r.events.iter().any(|e| names(&r, &e.actor) == ["الحوثيون"]), "{:#?}", r.events);
}

#[test]
fn a_body_no_lexicon_knows_is_named_by_its_head_and_genitive() {
    assert_eq!(first_speaker("وتقول شركة الطيران إنها تمهد الطريق.").as_deref(), Some("شركة الطيران"));
    assert_eq!(
        first_speaker("وقال مكتب التحقيقات الفيدرالي إن المشتبه به اعتقل.").as_deref(),
        Some("مكتب التحقيقات الفيدرالي")
    );
    assert_eq!(
        first_speaker("وفقا لشركة أبحاث السوق فإن المبيعات تراجعت.").as_deref(),
        Some("شركة أبحاث السوق")
    );
    // The definite noun after the genitive is the verb's object, not an adjective of the body.
    assert_eq!(first_speaker("واتهمت إدارة الموقع السلطات باستهدافه.").as_deref(), Some("إدارة الموقع"));
    // Nor a relative pronoun.
    assert_eq!(first_speaker("وأعلن حزب العمال الذي أسسه أنه سيقاطع.").as_deref(), Some("حزب العمال"));
    assert_eq!(first_speaker("وقالت إحدى الممثلات إنهن توجهن إلى الرئيس.").as_deref(), Some("إحدى الممثلات"));
}

#[test]
fn a_body_after_la_is_spoken_to_and_a_definite_participle_is_no_cue() {
    let r =
        record("وقالت الكاتبة سارة أحمد إن الرواية انتهت. وقالت لموقع \"غيزمودو\" إن الفيلم سيعرض قريبا.");
    let texts: Vec<_> = r.claims.iter().map(|c| c.speaker_text.clone()).collect();
    assert_eq!(texts.len(), 2, "{:#?}", r.claims);
    assert_eq!(texts[1], texts[0], "{:#?}", r.claims);
    // `الفريق المضيف` is the host, `من المؤكد` "it is certain": no one speaks.
    let r = record("ولم يلمس أي لاعب من لاعبي الفريق المضيف الكرة. ومن المؤكد أن المباراة ستعاد.");
    assert!(r.claims.is_empty(), "{:#?}", r.claims);
}

#[test]
fn a_state_after_a_preposition_close_after_a_noun_is_the_side_done_to() {
    let target_of = |text: &str, kind: &str| {
        let r = record(text);
        let event = r.events.iter().find(|e| e.event_type == kind);
        let event = event.unwrap_or_else(|| panic!("no {kind} in {text}: {:#?}", r.events));
        names(&r, &event.target)
    };
    assert_eq!(target_of("واتخذت الحكومة البريطانية قرارا بفرض عقوبات على موسكو.", "SANCTION"), ["موسكو"]);
    assert_eq!(
        target_of("ألغت كوريا الشمالية محادثات رفيعة المستوى مع كوريا الجنوبية.", "CONSULT"),
        ["كوريا الجنوبية"]
    );
    // Not past another act's noun: the strikes were on Yemen, not the talks.
    let r = record("ولم تذكر الخارجية الأمريكية تفاصيل عن مناقشة محمد بن سلمان الغارات على اليمن.");
    let talks = r.events.iter().find(|e| e.event_type == "CONSULT");
    assert!(talks.is_none_or(|e| e.target.is_empty()), "{:#?}", r.events);
}

#[test]
fn a_state_after_a_verb_of_deciding_acts_and_the_one_held_responsible_did_the_act() {
    let r = record("وأصدرت واشنطن قرارا بطرد 60 دبلوماسيا روسيا.");
    let expulsion = r.events.iter().find(|e| e.event_type == "SANCTION").expect("the expulsion");
    assert_eq!(names(&r, &expulsion.actor), ["واشنطن"]);
    let r = record("وحمّلت روسيا وسوريا إسرائيل مسؤولية استهداف الطائرة.");
    let attack = r.events.iter().find(|e| e.event_type == "ASSAULT").expect("the attack");
    assert_eq!(names(&r, &attack.actor), ["إسرائيل"]);
    // Joined to the subject by و, the last side named may be one who blames: none is taken.
    let r = record("وحملت لندن والولايات المتحدة والاتحاد الأوروبي الدولة الروسية مسؤولية الهجوم.");
    let attacks = r.events.iter().filter(|e| e.event_type == "ASSAULT");
    assert!(attacks.into_iter().all(|e| e.actor.is_empty()), "{:#?}", r.events);
}

#[test]
fn a_verb_right_after_an_indefinite_act_has_the_act_for_subject() {
    let r = record("وأعلنت الجماعة مسؤوليتها عن هجمات تستهدف قوات الأمن المصرية في سيناء.");
    assert!(r.events.iter().all(|e| e.actor.is_empty()), "{:#?}", r.events);
    let attack = r.events.iter().find(|e| e.event_type == "ASSAULT").expect("the attacks");
    assert_eq!(names(&r, &attack.target), ["قوات الأمن المصرية"]);
    // A verb of saying keeps a subject of its own.
    let r = record("اغتيل ليتفيننكو في اعتداء اتهمت بريطانيا روسيا بتنفيذه.");
    let accusation = r.events.iter().find(|e| e.event_type == "DISAPPROVE").expect("the accusation");
    assert_eq!(names(&r, &accusation.actor), ["بريطانيا"]);
}

#[test]
fn who_sees_or_holds_a_view_of_an_act_did_not_do_it() {
    let r = record("وقال منسق الأمم المتحدة بانوس مومتزيس: \"مازلنا نرى اندلاع المزيد من القتال في دوما\".");
    assert!(r.events.iter().all(|e| e.actor.is_empty()), "{:#?}", r.events);
    let r = record("وأغضب ذلك تركيا التي ترى في هذه المليشيا تهديدا لأمنها.");
    assert!(r.events.iter().all(|e| e.event_type != "THREATEN" || e.actor.is_empty()), "{:#?}", r.events);
}

#[test]
fn a_speaker_spelled_with_lam_first_and_a_spokesman_s_body_are_named_whole() {
    assert_eq!(first_speaker("وقال لوفيرن للصحفيين إنه فقد السيطرة.").as_deref(), Some("لوفيرن"));
    assert_eq!(first_speaker("قال لويجي دي بياجيو إن بوفون سيعود.").as_deref(), Some("لويجي دي بياجيو"));
    assert_eq!(
        first_speaker("وقال المتحدث باسم وزارة الزراعة السعودية إن الجاني اعتقل.").as_deref(),
        Some("المتحدث باسم وزارة الزراعة السعودية")
    );
    assert_eq!(first_speaker("ويقول بعض المعلقين إن التربية تغيرت.").as_deref(), Some("بعض المعلقين"));
    // Spoken to: a body, a noun carrying a pronoun, a noun before its genitive.
    let r =
        record("وقال الوزير أحمد سالم إن الحوار مستمر. وقال لأنصاره إنه سيفوز. واعترف لرجل الدين بأنه أخطأ.");
    let texts: Vec<_> = r.claims.iter().map(|c| c.speaker_text.clone()).collect();
    assert!(texts.iter().all(|t| t.as_deref().is_none_or(|t| !t.starts_with('ل'))), "{texts:?}");
}

#[test]
fn the_veil_lifted_in_an_idiom_of_revealing_is_no_speaker() {
    let r = record("وكشف النقاب عن الواقعة أمس بعد تحقيق للشرطة.");
    assert!(r.claims.iter().all(|c| c.speaker_text.as_deref() != Some("النقاب")), "{:#?}", r.claims);
}

#[test]
fn a_spokesman_speaks_for_the_whole_body_named_after_bism() {
    // A bare noun heading a construct is the body's first word, not the given name باسم.
    let text = "أكد المتحدث باسم رئاسة الوزراء الإسرائيلية نقل رئيس الوزراء إلى المستشفى.";
    assert_eq!(first_speaker(text).as_deref(), Some("المتحدث باسم رئاسة الوزراء الإسرائيلية"));
    let text = "وقال متحدث باسم مفوضية شؤون اللاجئين إنه كان على علم بالأمر.";
    assert_eq!(first_speaker(text).as_deref(), Some("متحدث باسم مفوضية شؤون اللاجئين"));
    // A body's name of one or two words no lexicon knows, right before what is said.
    let text = "وقالت متحدثة باسم ماكدونالدز \"لا يوجد مكان للتمييز\".";
    assert_eq!(first_speaker(text).as_deref(), Some("متحدثة باسم ماكدونالدز"));
}

#[test]
fn a_participle_of_saying_written_with_ha_is_a_noun_with_its_pronoun() {
    // `مضيفه`: its host; `مضيفة`: adding (she).
    let r = record("وفاز الفريق على مضيفه كريستال بالاس بهدفين.");
    assert!(r.claims.is_empty(), "{:#?}", r.claims);
    assert_eq!(
        first_speaker("وقالت الوزارة إن الوضع مستقر، مضيفة أن الطرق مفتوحة.").as_deref(),
        Some("الوزارة")
    );
}

#[test]
fn a_body_after_a_glued_b_speaks_only_behind_a_role() {
    let speakers = |text: &str| -> Vec<String> {
        let r = record(text);
        r.claims.iter().map(|c| c.speaker_text.clone().unwrap_or_default()).collect()
    };
    // The ones the words after the cue serve.
    assert_eq!(speakers("وقالت مصادر بالإدارة الأميركية إن تقييم السلطات مستمر."), ["الإدارة الأميركية"]);
    // Not the verb's object or manner, nor after a noun with its pronoun, nor a conjunction.
    for text in [
        "لكن فايز والد أحد الشباب، ينفي ارتباط ابنه بحماس أو بأي تنظيم فلسطيني.",
        "وتضيف بحماس الفتاة العشرينية: أستطيع أن أفعل شيئا.",
        "وعند بدء البرنامج، يقول مقدمه بحماس واضح: لنستمع للخطاب.",
    ] {
        let found = speakers(text);
        assert!(found.iter().all(|s| s != "حماس" && !s.starts_with("أو")), "{text}: {found:?}");
    }
}

#[test]
fn a_verb_of_saying_after_a_pronoun_complementizer_is_the_speaker_s_own() {
    // `أنه أبلغ لجنة`: he informed the committee; the committee says nothing.
    let r = record("وأضاف ترامب أنه أبلغ لجنة الانتخابات الفيدرالية بذلك.");
    let informed = claim_with_cue(&r, "أبلغ");
    assert_eq!(names(&r, &informed.speaker), ["ترامب"]);
    // A pronoun of the other gender is someone else.
    let r = record("وقال ترامب إنها أبلغت الوزارة بذلك.");
    assert!(r.claims.iter().all(|c| c.cue.text != "أبلغت" || c.speaker.is_empty()), "{:?}", r.claims);
}

#[test]
fn a_rule_after_according_to_says_nothing() {
    for text in [
        "وتعمل المؤسسات الإعلامية وفقا للقانون الدولي.",
        "ويجري التصويت بحسب الدستور.",
        "وطبقا للقوانين الإيطالية، يمكن لرئيس البلدية أن يختار.",
    ] {
        assert!(record(text).claims.is_empty(), "{text}: {:#?}", record(text).claims);
    }
    // A speaker named after the particle still speaks.
    assert_eq!(record("وبحسب المصادر فإن الشركة ملزمة بالدفع.").claims.len(), 1);
}

#[test]
fn following_before_lam_is_belonging_not_going_on() {
    for text in [
        "أغارت القوات العراقية على موقع تابع لتنظيم داعش داخل الأراضي السورية.",
        "قصفت القوات الروسية مقرا تابعا لجبهة النصرة.",
    ] {
        assert!(record(text).claims.is_empty(), "{text}: {:#?}", record(text).claims);
    }
    // After و, or opening its sentence, it goes on with what the speaker said.
    let r = record("وقال لافروف إن الهجوم فشل. وتابع لافروف: سنرد على ذلك.");
    let went_on = claim_with_cue(&r, "تابع");
    assert_eq!(names(&r, &went_on.speaker), ["لافروف"]);
}

#[test]
fn a_statement_with_a_pronoun_after_a_particle_is_the_speaker_s_own() {
    let r = record("وقال وزير الدفاع أفيغدور ليبرمان إن الرد سيكون قاسيا، حسب قوله.");
    let according = r.claims.iter().find(|c| c.cue.text.contains("حسب")).expect("a claim on حسب");
    assert_eq!(according.speaker_text.as_deref(), Some("أفيغدور ليبرمان"));
    // Attention drawn, and a whim, are no one's words.
    for text in ["ولفت الانتباه عام 2011 عندما كلف بقيادة المشروع.", "وقال إن عصابة تدير العالم وفقا لأهوائها."]
    {
        let r = record(text);
        let speakers: Vec<_> = r.claims.iter().filter_map(|c| c.speaker_text.clone()).collect();
        assert!(speakers.iter().all(|s| s != "الانتباه" && s != "أهوائها"), "{text}: {speakers:?}");
    }
}

#[test]
fn an_actor_s_own_account_of_its_acts_keeps_it_their_actor() {
    // `وفق ما جاء في بيانها`: the army's statement on its own operation.
    let r = record(
        "تتواصل عملية والفجر ثلاثة التي بدأتها قوات الجيش السوري والحلفاء في اتجاه البوكمال، \
         مؤكدةً تحويل داعش إلى شرذمة، وفق ما جاء في بيانها، إذ تحاصره من جبهتين.",
    );
    assert_eq!(names(&r, &event_with_trigger(&r, "تحاصره").actor), ["قوات الجيش السوري"]);
}

#[test]
fn what_a_speaker_says_he_did_or_when_he_spoke_is_no_act_he_announced() {
    for text in [
        // He told where the victims of the attack lie.
        "وقال رئيس الخوذ البيضاء رائد صالح إنه ابلغ أعضاء البعثة بمكان دفن ضحايا الهجوم الكيميائي وقال لدى وصول الخبراء إنه متفائل.",
        // He spoke in the aftermath of the attack.
        "وقال رئيس الخوذ البيضاء رائد صالح في أعقاب الهجوم الكيميائي في مدينة دوما إن المنظمة مستعدة.",
    ] {
        let r = record(text);
        for event in r.events.iter().filter(|e| e.event_type == "ASSAULT") {
            assert!(!names(&r, &event.actor).contains(&"الخوذ البيضاء".to_string()), "{text}");
        }
    }
}

#[test]
fn the_genitive_of_an_accusation_before_its_charge_is_the_accused() {
    let r = record("إذ دأبت روسيا على اتهام الخوذ البيضاء بتلفيق المقاطع المصورة.");
    assert!(r.claims.iter().all(|c| c.speaker_text.as_deref() != Some("الخوذ البيضاء")), "{:?}", r.claims);
    let accusation = event_with_trigger(&r, "اتهام");
    assert_eq!(names(&r, &accusation.target), ["الخوذ البيضاء"]);
    // The plural's bare genitive is whose the accusations are.
    let r = record("ورفضت الوزيرة اتهامات ترامب بالسيطرة الروسية على بلادها.");
    assert!(names(&r, &event_with_trigger(&r, "اتهامات").target).is_empty());
}

#[test]
fn after_a_decider_the_name_after_the_act_s_noun_is_its_object() {
    let r = record("بعد قيام الجيش الأمريكي بإجلاء الخوذ البيضاء من جنوب سوريا.");
    let evacuation = event_with_trigger(&r, "إجلاء");
    assert_eq!(names(&r, &evacuation.actor), ["الجيش الأمريكي"]);
    assert_eq!(names(&r, &evacuation.target), ["الخوذ البيضاء"]);
    // The genitive of a noun of evacuating is who is evacuated.
    let r = record("وطالبت المنظمة بإجلاء الجرحى من المدينة بعد إجلاء الخوذ البيضاء منها.");
    let helmets = ["الخوذ البيضاء"];
    assert!(r.events.iter().all(|e| names(&r, &e.actor) != helmets), "{:?}", r.events);
    assert!(r.events.iter().any(|e| names(&r, &e.target) == helmets), "{:?}", r.events);
    // Unnamed, the decider is still not the one evacuated.
    let r = record("بعد قيام الغرب بإجلاء الخوذ البيضاء من جنوب سوريا.");
    let evacuation = event_with_trigger(&r, "إجلاء");
    assert!(evacuation.actor.is_empty(), "{:?}", names(&r, &evacuation.actor));
    assert_eq!(names(&r, &evacuation.target), ["الخوذ البيضاء"]);
}

#[test]
fn a_body_named_in_bare_words_before_what_it_says_speaks() {
    assert_eq!(
        first_speaker("وذكرت صحيفة نيو تايمز أن السلطات المحلية تشن حملة.").as_deref(),
        Some("صحيفة نيو تايمز")
    );
    assert_eq!(
        first_speaker("وقالت شركة هاشم للسياحة، ومقرها في بلاكبرن، إن الحافلة اصطدمت.").as_deref(),
        Some("شركة هاشم")
    );
    // A word in ة is no such name.
    assert_eq!(first_speaker("وأعلنت شركة جديدة أن الأسعار سترتفع."), None);
}

#[test]
fn an_unknown_name_may_end_in_alif_after_its_first_word() {
    assert_eq!(
        first_speaker("وقال شيجيكي تومويلما، نائب الرئيس التنفيذي للشركة، إن الاتفاقية مهمة.").as_deref(),
        Some("شيجيكي تومويلما")
    );
    // Not an adverb, a participle of manner or a noun with its pronoun.
    for text in [
        "وقال مانولو مستذكرا، أقمنا حفلا كبيرا.",
        "وقال كلوب مجددا: إنهم جاهزون.",
        "وأعلنت راد استقالتها، قائلة إنها ضللت النواب.",
    ] {
        let speaker = first_speaker(text).unwrap_or_default();
        assert!(!speaker.ends_with('ا'), "{text}: {speaker}");
    }
}

#[test]
fn aircraft_named_as_the_doer_make_shelling_or_aiming_an_air_strike() {
    let modes = |text: &str| -> Vec<String> {
        record(text)
            .events
            .iter()
            .filter(|e| e.event_type == "ASSAULT")
            .filter_map(|e| e.mode.clone())
            .collect()
    };
    assert_eq!(modes("قصفت الطائرات الروسية مواقع في إدلب."), ["aerial"]);
    assert_eq!(modes("واستهدف طيران التحالف مواقع للحوثيين في صعدة."), ["aerial"]);
    assert_eq!(modes("وقصفت طائرات بلا طيار مواقع تابعة لتنظيم الدولة في الرقة."), ["drone"]);
    // Ground fire keeps its mode, and a plane aimed at is no means.
    assert_eq!(modes("قصفت القوات التركية قرى في عفرين."), ["artillery"]);
    assert!(!modes("وقالت سانا إن إسرائيل استهدفت الطائرات في المجال الجوي السوري.")
        .contains(&"aerial".to_string()));
}

#[test]
fn an_office_s_holder_is_named_past_its_posting() {
    let demand = "دعا مبعوث الأمم المتحدة إلى سوريا ستيفان دي ميستورا الأطراف إلى ضبط النفس.";
    assert_roles(demand, "DEMAND", &["ستيفان دي ميستورا"], &[]);
    let accuse = "واتهم السفير الروسي إلى الاتحاد الأوروبي، فلاديمير شيزوف، بريطانيا، بصنع الأزمة.";
    assert_roles(accuse, "DISAPPROVE", &["فلاديمير شيزوف"], &["بريطانيا"]);
    let criticize = "انتقد سفير الولايات المتحدة لدى إسرائيل ديفيد فريدمان السلطة الفلسطينية.";
    assert_roles(criticize, "DISAPPROVE", &["ديفيد فريدمان"], &["السلطة الفلسطينية"]);
    // A noun in construct after the title, and the state it is of, are part of the office.
    let minister = "انتقد وزير دفاع إسرائيل أفيغدور ليبرمان حركة حماس.";
    assert_roles(minister, "DISAPPROVE", &["أفيغدور ليبرمان"], &["حركة حماس"]);
}

#[test]
fn a_person_set_off_after_an_office_opening_its_clause_is_the_verb_s_subject() {
    let met = "وكانت رئيسة الوزراء، تيريزا ماي، استقبلت ترامب وميلانيا في القصر.";
    assert_roles(met, "CONSULT", &["تيريزا ماي"], &["ترامب", "ميلانيا"]);
    // After another verb the office is that verb's subject, and the noun after it its object.
    let r = record("وأكد الرئيس الفرنسي، إيمانويل ماكرون، تدخل الجيش الفرنسي في سوريا.");
    assert_eq!(names(&r, &event_with_trigger(&r, "تدخل").actor), ["الجيش الفرنسي"]);
}

#[test]
fn backing_one_was_given_is_undergone_and_its_giver_named_after_min() {
    assert_roles("وحظيت حماس بدعم من إيران.", "AID", &["إيران"], &["حماس"]);
    // One adjective may stand between the act and من.
    let r = record("وتعرض الجيش اللبناني لانتقادات واسعة من حزب الله.");
    let criticism = only_event(&r, "DISAPPROVE");
    assert_eq!(names(&r, &criticism.actor), ["حزب الله"]);
    assert_eq!(names(&r, &criticism.target), ["الجيش اللبناني"]);
}

#[test]
fn teams_meeting_in_sport_play_a_match_and_hold_no_talks() {
    assert_no_event(
        &[
            "ويلتقي المنتخبان السعودي والمصري يوم الاثنين في الجولة الثالثة من المباراة الأخيرة.",
            "وتلتقي كرواتيا مع الدنمارك في دور الستة عشر من بطولة كأس العالم.",
            "وشهدت مباريات كأس العالم التي تستضيفها روسيا حضور مليون متفرج.",
        ],
        "CONSULT",
    );
    // With the article the meeting is the match, whoever is named near it.
    assert_no_event(&["وأحرز المهاجم محمد صلاح هدف اللقاء الوحيد في الشوط الثاني من المباراة."], "CONSULT");
    // A minister meeting someone there is an actor at talks.
    assert_an_event("والتقى وزير الخارجية السعودي نظيره الروسي على هامش المباراة في موسكو.", "CONSULT");
    // Outside sport, the same verbs are meetings.
    assert_an_event("والتقى الرئيس المصري عبد الفتاح السيسي العاهل الأردني في القاهرة.", "CONSULT");
}

#[test]
fn liqa_before_a_price_is_in_return_for() {
    assert_no_event(&["وانتقل اللاعب إلى الهلال لقاء 20 مليون ريال سعودي."], "CONSULT");
    assert_an_event("وأجرى الرئيس الفرنسي لقاء مع بوتين في موسكو.", "CONSULT");
}

#[test]
fn sanctions_target_whom_they_bind_and_strike_nobody() {
    assert_no_event(
        &[
            "وتستهدف العقوبات بشكل خاص قادة فيلق القدس في الخارج.",
            "وقال إن وزارة الخزانة تستهدف خمسة مسؤولين إيرانيين مرتبطين بفيلق القدس.",
        ],
        "ASSAULT",
    );
    assert_an_event("واستهدفت طائرات التحالف مواقع لتنظيم داعش في هجين.", "ASSAULT");
}

#[test]
fn a_bare_name_after_a_noun_carrying_its_doer_s_pronoun_is_its_object() {
    let r = record("واعتقل ضابط قطري للاشتباه في دعمه الحوثيين.");
    assert_eq!(names(&r, &event_with_trigger(&r, "دعمه").target), ["الحوثيين"]);
    assert!(event_with_trigger(&r, "دعمه").actor.is_empty());
    // After a preposition such a word is the noun, not a perfect with its object pronoun.
    assert_no_event(&["وحكم عليه بالسجن ست سنوات بعد إدانته بالاختلاس."], "DISAPPROVE");
    // A word the lexicon knows only as a noun may be a verb with its object pronoun.
    let r = record("ونايبول الذي منحته الملكة إليزابيث الثانية لقب سير توفي أمس.");
    assert!(r.events.iter().all(|e| e.target.is_empty()), "{:#?}", r.events);
}

#[test]
fn a_nationality_after_a_noun_of_words_names_who_said_them() {
    let r = record("وقالت موسكو إن بريطانيا تتجاهل الطلب الروسي.");
    assert_eq!(names(&r, &only_event(&r, "DEMAND").actor), ["موسكو"]);
    // Two nationalities joined by a dash are both parties.
    let r = record("وقال إن ما يحصل يأتي ضمن اتفاقية روسية–أميركية بين موسكو وواشنطن.");
    assert_eq!(names(&r, &only_event(&r, "AGREE").actor), ["موسكو", "واشنطن"]);
}

#[test]
fn awqafa_with_a_thing_for_object_halts_it_and_arrests_nobody() {
    assert_no_event(
        &[
            "وأوقفت الولايات المتحدة تمويلها لوكالة الأونروا.",
            "وأوقفت السعودية، الأحد، كل الأنشطة التجارية مع كندا.",
            "وأوقفت كوريا الجنوبية بث الدعايات عبر مكبرات الصوت.",
        ],
        "COERCE",
    );
    assert_an_event("وأوقفت الشرطة الفرنسية الشخصين السبت في باريس.", "COERCE");
    // A side halting its own strikes steps back.
    let r = record("وأوقف التحالف الدولي ضرباته العسكرية على مواقع التنظيم.");
    assert_eq!(only_event(&r, "RETREAT").mode.as_deref(), Some("halt"));
}

#[test]
fn talaqqa_written_with_alef_maqsura_is_received_not_thrown() {
    assert_roles("وتلقى الحوثيون دعما عسكريا من إيران.", "AID", &["إيران"], &["الحوثيون"]);
}

#[test]
fn at_whose_request_the_one_named_after_the_noun_asked() {
    assert_roles(
        "وعقد مجلس الأمن الدولي اجتماعا بناء على طلب الولايات المتحدة.",
        "DEMAND",
        &["الولايات المتحدة"],
        &["مجلس الأمن الدولي"],
    );
    assert_roles(
        "وعقد مجلس الأمن الدولي جلسة طارئة بطلب من الكويت.",
        "DEMAND",
        &["الكويت"],
        &["مجلس الأمن الدولي"],
    );
    // A generic act's noun does not carry the request after it: the operation was done.
    let r = record("ونفذت القوات العراقية العملية بطلب من الحكومة العراقية.");
    assert_eq!(names(&r, &only_event(&r, "DEMAND").actor), ["الحكومة العراقية"]);
}

#[test]
fn a_state_acts_past_the_particles_of_the_past_before_its_verb() {
    assert_roles("وكانت روسيا قد دعت إلى عقد اجتماع عاجل.", "DEMAND", &["روسيا"], &[]);
    assert_roles("وكانت واشنطن بدورها قد فرضت عقوبات على موسكو.", "SANCTION", &["واشنطن"], &["موسكو"]);
    let r = record("وأكد أن إسرائيل لم تشن أي غارات على سوريا.");
    let strike = only_event(&r, "ASSAULT");
    assert_eq!(names(&r, &strike.actor), ["إسرائيل"]);
    assert!(strike.negated);
    // The state is another verb's subject before the particle.
    let r = record("وقال إن الميليشيات التي تدعمها إيران قد انسحبوا من المدينة.");
    assert!(r.events.iter().filter(|e| e.event_type == "RETREAT").all(|e| names(&r, &e.actor) != ["إيران"]));
}

#[test]
fn a_second_nationality_joined_by_waw_shares_the_head_of_the_forces() {
    let r = record("وقصفت الطائرات الروسية والسورية بلدات في إدلب.");
    assert_eq!(names(&r, &only_event(&r, "ASSAULT").actor), ["الطائرات الروسية", "السورية"]);
    let syrian = r.mentions.iter().find(|m| m.text == "السورية").expect("the second adjective is a mention");
    assert!(
        matches!(&syrian.info, MentionInfo::Actor { canonical: Some(name), .. } if name == "Syrian Arab Air Force")
    );
}

#[test]
fn a_denied_act_after_an_kana_qad_was_the_denier_s() {
    let r = record("ونفت روسيا أن تكون قد قصفت المستشفى.");
    let strike = only_event(&r, "ASSAULT");
    assert_eq!(names(&r, &strike.actor), ["روسيا"]);
    assert!(strike.negated);
}

#[test]
fn a_claim_cue_opening_a_phrase_of_another_kind_still_makes_its_claim() {
    // `أفادت تقارير` is also a hedge, `محذرا من` a phrase of warning of what may happen.
    let r = record("وأفادت تقارير بمقتل خمسة مدنيين في قصف على إدلب.");
    assert_eq!(claim_with_cue(&r, "أفادت").speaker_text.as_deref(), Some("تقارير"));
    let r = record("وقال بيتر ماورير إن الوضع صعب، محذرا من أن الوصول إلى عفرين كان صعبا.");
    assert_eq!(names(&r, &claim_with_cue(&r, "محذرا من").speaker), ["بيتر ماورير"]);
    // An unnamed plural of things takes its indefinite adjectives, and no object after them.
    assert_eq!(first_speaker("وأكدت مصادر عائلية الخبر لوكالة الأنباء."), Some("مصادر عائلية".into()));
    assert_eq!(
        first_speaker("وقالت مصادر مصرية وسودانية إن المهدي غادر."),
        Some("مصادر مصرية وسودانية".into())
    );
}

#[test]
fn what_was_added_after_hasab_ma_claims_the_words_before() {
    let r = record("وتم التفاوض بشأنه بين الروس والتنظيم، حسب ما أضاف المرصد.إلا أن وسائل الإعلام نفت ذلك.");
    assert_eq!(claim_with_cue(&r, "أضاف").speaker_text.as_deref(), Some("المرصد"));
    assert_eq!(claim_with_cue(&r, "نفت").speaker_text.as_deref(), Some("وسائل الإعلام"));
}

#[test]
fn an_act_pointed_back_to_as_the_reason_is_not_the_subject_s() {
    let r = record("وأضاف أن الشرطة العسكرية التركية استقدمت تعزيزات لضبط الوضع، على خلفية هذا الاقتتال.");
    let police = |e: &&Event| names(&r, &e.actor) == ["الشرطة العسكرية التركية"];
    assert!(r.events.iter().filter(police).all(|e| e.event_type == "MOBILIZE"), "{:#?}", r.events);
}

#[test]
fn a_dual_head_with_two_nationalities_names_both_states() {
    let r = record("واتهم الجيشان الروسي والسوري طائرات حربية إسرائيلية بشن الغارة.");
    let army = |text: &str| r.mentions.iter().find(|m| m.text == text).map(|m| m.info.clone());
    assert!(
        matches!(army("الجيشان الروسي"), Some(MentionInfo::Actor { canonical: Some(name), .. }) if name == "Russian Armed Forces")
    );
    assert!(
        matches!(army("السوري"), Some(MentionInfo::Actor { canonical: Some(name), .. }) if name == "Syrian Arab Army")
    );
}

#[test]
fn a_source_quoted_after_an_relaying_verb_speaks_its_saying() {
    let r = record("ونقلت رويترز عن مصدر أمني قوله إن القوات سيطرت على المطار.");
    assert_eq!(claim_with_cue(&r, "قوله").speaker_text.as_deref(), Some("مصدر أمني"));
    assert_eq!(names(&r, &claim_with_cue(&r, "نقلت").speaker), ["رويترز"]);
    // Counted, named after an office, or a correspondent of the one relaying.
    let r = record("ونقلت الوكالة عن ثلاثة مصادر قولها إن القوات سيطرت على المطار.");
    assert_eq!(claim_with_cue(&r, "قولها").speaker_text.as_deref(), Some("مصادر"));
    let r = record("ونقلت الكويت عن المدير العام للإدارة اللواء طلال معرفي قوله إن الإجراءات ستسهل.");
    assert_eq!(names(&r, &claim_with_cue(&r, "قوله").speaker), ["طلال معرفي"]);
    let r = record("ونقل التلفزيون عن مراسل له قوله إن المهاجم فجر نفسه.");
    assert_eq!(claim_with_cue(&r, "قوله").speaker_text.as_deref(), Some("مراسل"));
    // A relaying cue that names the source already (`نقلا عن`) made its claim.
    let r = record("وأفادت سانا نقلا عن مصدر عسكري قوله إن القوات تقدمت.");
    assert_no_claim_on("وأفادت سانا نقلا عن مصدر عسكري قوله إن القوات تقدمت.", "قوله");
    assert_eq!(claim_with_cue(&r, "نقلا عن").speaker_text.as_deref(), Some("مصدر عسكري"));
    // Talked about, not relayed: عن is the topic.
    assert_no_claim_on("وبدا اللاعب واثقا وهو يتحدث عن النهائي من خلال تصريحه المتلفز.", "تصريحه");
    // An office on record takes its indefinite adjective.
    assert_eq!(
        first_speaker("وقال متحدث رسمي باسم الحكومة إن الطلب قدم."),
        Some("متحدث رسمي باسم الحكومة".into())
    );
}

#[test]
fn aircraft_described_by_nationality_act_as_their_air_force() {
    // Two nationalities share the indefinite head; the adjective that names a country too is
    // the air force's.
    let r = record("أفاد ناشطون بأن طائرات روسية وسورية شنت غارات على إدلب.");
    assert_eq!(names(&r, &only_event(&r, "ASSAULT").actor), ["طائرات روسية", "سورية"]);
    // Named by the article's own name for that air force, when it gives one.
    let r =
        record("أغارت طائرات حربية عراقية على موقع للتنظيم. وقال سلاح الجو العراقي إن الغارة دمرت الموقع.");
    assert_eq!(names(&r, &event_with_trigger(&r, "أغارت").actor), ["سلاح الجو العراقي"]);
    // Else by its state's mention; and aircraft say nothing.
    let r = record("وأفاد ناشطون بأن مروحيات أمريكية نفذت عملية إنزال قرب الباغوز، قالت إنها انتهت بإجلاء قادة. وتلتزم واشنطن الصمت.");
    assert_eq!(names(&r, &event_with_trigger(&r, "نفذت عملية إنزال").actor), ["واشنطن"]);
    assert!(r.claims.iter().all(|c| names(&r, &c.speaker) != ["مروحيات أمريكية"]), "{:#?}", r.claims);
}

#[test]
fn after_a_complementizer_with_a_pronoun_the_name_after_the_verb_is_its_object() {
    let r = record("وقالت تركيا إنها تدعم الجيش السوري الحر.");
    let support = r.events.iter().find(|e| e.trigger.text == "تدعم").expect("the support");
    assert_eq!(names(&r, &support.actor), ["تركيا"]);
    assert_eq!(names(&r, &support.target), ["الجيش السوري الحر"]);
    // A pronoun of the other gender is the "it is that" of a verb with its own subject.
    let r = record("وقال المرصد إنه قتلت قوات النظام عشرة مدنيين.");
    assert_eq!(names(&r, &event_with_trigger(&r, "قتلت").actor), ["قوات النظام"]);
}

#[test]
fn an_act_s_noun_opening_a_quote_after_alliance_names_the_alliance() {
    assert_no_event(&["وقال المتحدث باسم تحالف \"دعم الشرعية\" باليمن إن الصاروخ أطلق من صعدة."], "AID");
    // Without the quote the noun is an act the alliance does.
    assert_an_event("واستطاعت مدفعيات التحالف استهداف أكثر من 12 هدفا للحوثيين في صعدة.", "ASSAULT");
}

#[test]
fn the_attack_a_verb_of_fighting_off_takes_after_la_happened() {
    let r = record("وتصدت الدفاعات الجوية السورية لغارات إسرائيلية على حمص. ورفض الجيش الإسرائيلي التعليق.");
    assert_eq!(names(&r, &event_with_trigger(&r, "غارات").actor), ["الجيش الإسرائيلي"]);
    // The subject between fought it off: it is the fighting off's target's doing, never theirs.
    assert_eq!(names(&r, &event_with_trigger(&r, "تصدت").target), ["الجيش الإسرائيلي"]);
    let r = record("وتصدت الدفاعات الجوية السورية لغارات على مطار حمص.");
    assert!(event_with_trigger(&r, "غارات").actor.is_empty(), "{:#?}", r.events);
    // A weapon shot down is no act of its own here; a noun after ل elsewhere is a purpose.
    let r = record("وتصدت القوات السعودية لصاروخ فوق الرياض.");
    assert!(r.events.iter().all(|e| e.trigger.text != "صاروخ"), "{:#?}", r.events);
    let r = record("وأرسلت تركيا تعزيزات لمواجهة المسلحين.");
    assert!(r.events.iter().all(|e| e.trigger.text != "مواجهة"), "{:#?}", r.events);
}

#[test]
fn a_name_with_ba_past_a_word_after_a_statement_noun_is_not_its_owner() {
    let r = record("وأصدرت منظمات غير حكومية بيانا منددة بالنظام السوري.");
    assert!(r.claims.iter().all(|c| names(&r, &c.speaker) != ["النظام السوري"]), "{:#?}", r.claims);
    let r = record("وقال ترامب في تصريحات لاحقة بالبيت الأبيض إن القرار خيبة كبيرة.");
    assert!(r.claims.iter().all(|c| names(&r, &c.speaker) != ["البيت الأبيض"]), "{:#?}", r.claims);
}

#[test]
fn a_view_held_with_its_holder_between_the_verb_and_an_is_that_holder_s_claim() {
    let r = record("ورأى لافروف أن وزير الدفاع البريطاني ربما ينقصه التهذيب.");
    assert_eq!(names(&r, &claim_with_cue(&r, "رأى").speaker), ["لافروف"]);
    // The person or body behind a role holds it too.
    let r = record("ورأى وزير الخارجية القطري حمد بن جاسم أن الأزمة طويلة.");
    assert_eq!(names(&r, &claim_with_cue(&r, "رأى").speaker), ["حمد بن جاسم"]);
    let r = record("ورأت إدارة أوباما أن الحرب لن تنتهي.");
    assert_eq!(names(&r, &claim_with_cue(&r, "رأت").speaker), ["أوباما"]);
    // `رأي` with ي is the noun "opinion"; a verb of seeing with an object says nothing.
    assert_no_claim_on("وفي رأي غوتيريس أن القرار خاطئ.", "رأي");
    assert_no_claim_on("رأى رجالا يرتدون الزي العسكري.", "رأى");
}

#[test]
fn forces_said_to_belong_to_a_side_after_the_verb_are_that_side_s() {
    assert_roles(
        "وشنت طائرات الأباتشي التابعة للتحالف العربي غارات على مواقع الحوثيين.",
        "ASSAULT",
        &["لتحالف العربي"],
        &["الحوثيين"],
    );
    let r = record("ودخلت القوات الموالية للحكومة اليمنية مدينة الحديدة.");
    assert_eq!(names(&r, &only_event(&r, "ASSAULT").actor), ["لحكومة اليمنية"]);
}

#[test]
fn an_unnamed_source_joined_by_wa_to_a_speaker_says_it_too() {
    let r = record("واستؤنفت العمليات في الميناء، حسبما قال موظفون بالميناء ومصادر حكومية.");
    let speakers: Vec<_> = r.claims.iter().filter_map(|c| c.speaker_text.clone()).collect();
    assert_eq!(speakers, ["موظفون", "مصادر حكومية"], "{:#?}", r.claims);
    // The letter و of a word (`وسائل`) joins nothing.
    let r = record("وأبلغ ألدرفيريلد وسائل إعلام بريطانية: كنت ألعب بتركيز كبير.");
    assert!(r.claims.iter().all(|c| c.speaker_text.as_deref() != Some("وسائل إعلام")), "{:#?}", r.claims);
}

#[test]
fn a_noun_with_its_pronoun_after_a_speaker_s_role_names_no_one() {
    let r = record("ونفى الحزب علاقته بأسباب الإشكال.");
    assert!(r.claims.iter().all(|c| c.speaker_text.as_deref() != Some("علاقته بأسباب")), "{:#?}", r.claims);
}

#[test]
fn a_wounding_s_pronoun_is_the_wounded_never_its_doer() {
    let r = record("وأعلنت الوزارة وفاة الصحفي ياسر مرتجى بعد إصابته برصاص الجيش الإسرائيلي على حدود غزة.");
    assert_eq!(names(&r, &event_with_trigger(&r, "إصابته").actor), ["الجيش الإسرائيلي"]);
    let r = record("وذكرت الوكالة أن الشاب أحمد نبيل عقل توفي بعد إصابته برصاصة في الرأس.");
    assert!(r.events.iter().all(|e| e.actor.is_empty()), "{:#?}", r.events);
    // A verb of dying ends the victim's name.
    assert!(r.mentions.iter().any(|m| m.text == "أحمد نبيل عقل"), "{:#?}", r.mentions);
}

#[test]
fn a_name_set_off_as_the_ally_or_arm_of_another_describes_it_and_does_not_act() {
    let r = record("وكانت روسيا، حليف الحكومة السورية، قد طلبت بدء التهدئة.");
    assert_eq!(names(&r, &only_event(&r, "DEMAND").actor), ["روسيا"]);
    let r = record("وتستهدف جماعة الشباب الصومالية، ذراع تنظيم القاعدة، مواقع في مقديشو، وأعلنت مسؤوليتها عن الهجوم، قائلة إن مقاتليها يشنون هجوما كبيرا.");
    assert_eq!(names(&r, &claim_with_cue(&r, "قائلة").speaker), ["جماعة الشباب الصومالية"]);
}

#[test]
fn said_in_a_statement_just_issued_is_the_issuer_s_claim() {
    let r = record("وأصدر تيار المستقبل بيانا، قال فيه إن مناوشات شهدتها المنطقة.");
    assert_eq!(names(&r, &claim_with_cue(&r, "قال").speaker), ["تيار المستقبل"]);
    let r = record("وأصدرت وزارة الخارجية الروسية بيانا أكدت فيه أن الضغوط لن تنجح.");
    assert_eq!(names(&r, &claim_with_cue(&r, "أكدت").speaker), ["وزارة الخارجية الروسية"]);
}

#[test]
fn a_word_of_force_taken_up_by_a_support_verb_after_it_is_the_noun() {
    // `قصف` is also a perfect; with `نفذته` after it, the verb's subject did the shelling.
    assert_roles("وأصيب 30 جراء قصف عنيف نفذته قوات النظام على بلدتين.", "ASSAULT", &["قوات النظام"], &[]);
    // Not other acts: `رفض إقامته` (refusing its holding) keeps the refusal Britain's.
    let r = record("وقاطعت بريطانيا والولايات المتحدة وفرنسا هذا المؤتمر، ووصفه مسؤول بريطاني بأنه \"حيلة مقيتة\"، وأكد رفض إقامته.");
    assert_eq!(names(&r, &only_event(&r, "REJECT").actor), ["بريطانيا"]);
}

#[test]
fn a_weak_word_of_force_on_military_positions_is_an_attack() {
    let r = record("وضربت إسرائيل أهدافا في سوريا الليلة الماضية.");
    assert_eq!(names(&r, &event_with_trigger(&r, "ضربت").actor), ["إسرائيل"]);
    let r = record("وتستهدف الحملة مواقع التواصل الاجتماعي.");
    assert!(r.events.is_empty(), "{:#?}", r.events);
}

#[test]
fn a_weak_verb_of_force_done_by_gunmen_or_soldiers_happened() {
    let r = record("وهاجم مسلحون مقر الشركة العامة.");
    assert_eq!(event_with_trigger(&r, "هاجم").event_type, "ASSAULT");
    let r = record("وقالت الشرطة إن مسلحين هاجموا مسجدا في المدينة.");
    assert_eq!(event_with_trigger(&r, "هاجموا").event_type, "ASSAULT");
    let r = record("وقال موظف إن مسلحين ملثمين هاجموا مقر الشركة العامة.");
    assert_eq!(event_with_trigger(&r, "هاجموا").event_type, "ASSAULT");
    // Gunmen in the object's case were the target.
    let r = record("ويقول الجيش إنه يستهدف مسلحين من الأقلية.");
    assert!(r.events.iter().all(|e| e.trigger.text != "يستهدف"), "{:#?}", r.events);
    // The police cordon and enter; aircraft take no ground.
    let r = record("وطوقت الشرطة الشوارع المحيطة بالمنطقة.");
    assert!(r.events.is_empty(), "{:#?}", r.events);
    let r = record("وجاءت الغارة بعد أن دخلت طائرة بلا طيار الأجواء.");
    assert!(r.events.iter().all(|e| e.trigger.text != "دخلت"), "{:#?}", r.events);
    // The police's raids are theirs.
    let r = record("وداهمت الشرطة منزلا في المدينة.");
    assert_eq!(event_with_trigger(&r, "داهمت").event_type, "COERCE");
}

#[test]
fn an_act_said_to_have_taken_place_happened() {
    // وقع opens with the letter of the conjunction: asked as written, too.
    let r = record("وقع إطلاق نار، الثلاثاء، في مدرسة ثانوية.");
    assert_eq!(event_with_trigger(&r, "إطلاق نار").event_type, "ASSAULT");
    let r = record("ووقع الهجوم بالقرب من مستوطنة في شمال الضفة الغربية.");
    assert_eq!(event_with_trigger(&r, "هجوم").event_type, "ASSAULT");
    // So does one a relative clause says took place.
    let r = record("ارتفعت حصيلة قتلى التفجير الانتحاري الذي وقع في جنوب غرب باكستان.");
    assert_eq!(event_with_trigger(&r, "تفجير الانتحاري").mode.as_deref(), Some("suicide"));
}

#[test]
fn an_outlet_after_a_preposition_written_as_a_word_of_its_own_is_spoken_to() {
    let r = record("وكان مصدر تركي قال، في تصريحات سابقة لـCNN، إن الصحفي قتل داخل القنصلية.");
    assert!(r.claims.iter().all(|c| names(&r, &c.speaker) != ["CNN"]), "{:#?}", r.claims);
    let r = record("وقال المتحدث باسم الكرملين، دميتري بيسكوف، في تعليق لـ \"CNN\" إن الاتهامات باطلة.");
    assert!(r.claims.iter().all(|c| names(&r, &c.speaker) != ["CNN"]), "{:#?}", r.claims);
}

#[test]
fn a_talk_with_the_press_is_no_consultation() {
    let r = record("وأضاف الأحمد، في لقاء مع بي بي سي، أن اتفاق التهدئة صامد.");
    assert!(r.events.iter().all(|e| e.event_type != "CONSULT"), "{:#?}", r.events);
    let r = record("والتقى الرئيس بوزير الخارجية الأمريكي في القاهرة.");
    assert_eq!(event_with_trigger(&r, "التقى").event_type, "CONSULT");
}

#[test]
fn a_statement_made_passive_names_no_speaker() {
    let r =
        record("وموقع CNN بالعربية لا يمكنه التأكد من المعلومات التي يتم تناقلها عبر وسائل التواصل الاجتماعي.");
    assert!(r.claims.is_empty(), "{:#?}", r.claims);
    let r = record("وانتقد البرادعي الولايات المتحدة ملقيا اللوم فيما جرى قائلا إنها جريمتنا.");
    assert_eq!(names(&r, &claim_with_cue(&r, "قائلا").speaker), ["البرادعي"], "{:#?}", r.claims);
}

#[test]
fn a_body_named_in_quotes_after_its_head_noun_is_the_subject() {
    let r = record("وأدانت منظمة \"هيومن رايتس ووتش\" أعمال العنف في العاصمة.");
    assert_eq!(names(&r, &event_with_trigger(&r, "أدانت").actor), ["هيومن رايتس ووتش"]);
    // A rights group is carried to no act of force.
    let r =
        record("وأدانت منظمة \"هيومن رايتس ووتش\" أعمال العنف. ونقل مئات المهاجرين الذين حوصروا وسط القتال.");
    assert!(r.events.iter().all(|e| e.event_type != "ASSAULT" || e.actor.is_empty()), "{:#?}", r.events);
}

#[test]
fn states_after_each_of_are_the_subject() {
    let r = record("ودعت كل من فرنسا وبريطانيا إلى وقف القتال.");
    assert_eq!(names(&r, &event_with_trigger(&r, "دعت").actor), ["فرنسا", "بريطانيا"]);
}

#[test]
fn an_operation_described_as_civil_is_a_process() {
    let r = record("وكانت حركة طالبان قد حذرت من المشاركة في العملية الانتخابية.");
    assert!(r.events.iter().all(|e| e.event_type != "ASSAULT"), "{:#?}", r.events);
    let r = record("وشنت القوات العراقية عملية عسكرية في الأنبار.");
    assert_eq!(event_with_trigger(&r, "شنت").event_type, "ASSAULT");
}

#[test]
fn a_warning_after_its_subject_is_a_threat_too() {
    let r = record("وكانت حركة طالبان حذرت من المشاركة في الانتخابات.");
    assert_eq!(names(&r, &event_with_trigger(&r, "حذرت من").actor), ["حركة طالبان"]);
    // What is warned of may not happen.
    let r = record("وكانت الأمم المتحدة حذرت من هجوم على إدلب.");
    assert!(r.events.iter().all(|e| e.event_type != "ASSAULT"), "{:#?}", r.events);
}

#[test]
fn a_claim_of_responsibility_is_an_admission_by_the_doer() {
    let r = record("وأعلن تنظيم داعش مسؤوليته عن الهجوم الذي استهدف مركزا للشرطة في كابول.");
    assert_eq!(names(&r, &only_event(&r, "CONCEDE").actor), ["تنظيم داعش"]);
    assert_eq!(names(&r, &only_event(&r, "ASSAULT").actor), ["تنظيم داعش"]);
    // Quotes around the name close a clause, not the sentence the claim stands in.
    let r = record("وأعلن تنظيم \"داعش\" مسؤوليته عن الهجوم.");
    assert_eq!(names(&r, &only_event(&r, "CONCEDE").actor), ["داعش"]);
    let r = record("وأصدرت الجماعة بيانا تزعم فيه حركة الشباب الصومالية مسؤوليتها عن التفجير في مقديشو.");
    assert!(only_event(&r, "CONCEDE").hedged, "{:#?}", r.events);
    // Blamed by others, denied, or a duty: no admission.
    assert_no_event(
        &[
            "وحمّلت الحكومة الحوثيين المسؤولية الكاملة عن الهجوم.",
            "ونفت حركة طالبان مسؤوليتها عن الهجوم.",
            "وقال إن الحكومة تتحمل مسؤولية حماية المدنيين في كابول.",
        ],
        "CONCEDE",
    );
}

#[test]
fn an_interception_is_force_and_an_objection_is_not() {
    let r =
        record("اعترضت الدفاعات الجوية السعودية، مساء الأحد، صاروخا باليستيا أطلقه الحوثيون باتجاه الرياض.");
    let intercepted = r.events.iter().find(|e| e.trigger.text == "اعترضت").expect("the interception");
    assert_eq!(names(&r, &intercepted.actor), ["الدفاعات الجوية السعودية"]);
    assert_an_event("وقال إن الدفاعات تمكنت من اعتراض الصاروخ فوق الرياض.", "ASSAULT");
    assert_no_event(&["ووصف أردوغان نتنياهو بالإرهابي بعدما اعترض الأخير على المحاضرة التركية."], "ASSAULT");
}

#[test]
fn a_court_sentence_is_coercion_not_a_killing() {
    let r = record("وقضت محكمة مصرية بسجن الناشط أحمد منصور عشر سنوات.");
    assert_eq!(only_event(&r, "COERCE").mode.as_deref(), Some("arrest"));
    let r = record("وأصدر القاضي حكما بالإعدام على المتهم في القاهرة.");
    assert!(r.events.iter().all(|e| e.event_type != "ASSAULT"), "{:#?}", r.events);
}

#[test]
fn the_army_far_back_is_the_only_army_the_article_named() {
    let text = "أعلن الجيش التركي مقتل ثمانية من جنوده في اشتباكات بمدينة عفرين. وأصيب 13 آخرون خلال المواجهات. \
                وتفيد التقارير بأن العديد من الجرحى في حالة حرجة. وبحسب وسائل إعلام تركية، فإن الجيش سيطر على قرى جديدة في عفرين.";
    let r = record(text);
    let held = r.events.iter().find(|e| e.trigger.text == "سيطر").expect("the capture");
    assert_eq!(names(&r, &held.actor), ["الجيش التركي"]);
    // With two armies named, the bare noun stands for neither.
    let two = "أعلن الجيش التركي مقتل ثمانية من جنوده في اشتباكات مع الجيش السوري. وأصيب 13 آخرون خلال المواجهات. \
               وتفيد التقارير بأن العديد من الجرحى في حالة حرجة. وبحسب وسائل إعلام تركية، فإن الجيش سيطر على قرى جديدة في عفرين.";
    let r = record(two);
    let held = r.events.iter().find(|e| e.trigger.text == "سيطر").expect("the capture");
    assert!(held.actor.is_empty(), "{:#?}", r.events);
}

#[test]
fn a_forces_men_named_before_it_act_for_it() {
    let r = record("واستهدف الأبطال في القوات الجوية الملكية السعودية القيادي صالح الصماد في الحديدة.");
    assert_eq!(names(&r, &only_event(&r, "ASSAULT").actor), ["القوات الجوية الملكية السعودية"]);
    let r = record("وسيطرت وحدات من الجيش السوري على بلدة الميادين.");
    assert_eq!(names(&r, &only_event(&r, "ASSAULT").actor), ["الجيش السوري"]);
}

#[test]
fn the_genitive_of_an_act_said_by_a_named_speaker_advanced() {
    let r = record("أكد التحالف العربي تقدم الجيش الوطني اليمني في جبهات تعز.");
    assert_eq!(names(&r, &only_event(&r, "ASSAULT").actor), ["الجيش الوطني اليمني"]);
    // Past the positions an act hit, the name holds them; the announcer did it.
    assert_roles("أعلن الجيش السوري قصف مواقع داعش في ريف إدلب.", "ASSAULT", &["الجيش السوري"], &["داعش"]);
}

#[test]
fn an_act_after_the_definite_subject_of_saying_is_what_is_said() {
    let r = record("أكد المرصد انسحاب الجيش السوري من القرية.");
    let claim = claim_with_cue(&r, "أكد");
    assert_eq!(claim.speaker_text.as_deref(), Some("المرصد"));
}

#[test]
fn forces_said_to_belong_to_a_side_without_the_article_act_for_it() {
    let r =
        record("وقالت المصادر إن مروحيات أباتشي تابعة للتحالف العربي قصفت مواقع المتمردين في مديرية حيس.");
    assert_eq!(names(&r, &only_event(&r, "ASSAULT").actor), ["لتحالف العربي"]);
}

#[test]
fn a_verb_after_a_relative_pronoun_is_done_by_its_antecedent_named_or_not() {
    let r = record(
        "ويقود التحالف العربي عمليات عسكرية ضد ميليشيات الحوثي، التي تشن بدعم من إيران صواريخ على السعودية.",
    );
    assert_eq!(names(&r, &event_with_trigger(&r, "تشن").actor), ["ميليشيات الحوثي"]);
    let r = record("وتدعم إيران حزب الله والمليشيات الشيعية التي تقاتل في العراق.");
    assert!(r.events.iter().all(|e| e.trigger.text != "تقاتل" || e.actor.is_empty()), "{:#?}", r.events);
}

#[test]
fn release_with_its_pronoun_and_no_subject_between_is_passive() {
    let r = record("وكان الجاسوس قد أطلق سراحه في عملية تبادل عام 2010.");
    let release = only_event(&r, "RETREAT");
    assert_eq!(release.trigger.text, "أطلق سراحه");
    assert!(release.actor.is_empty(), "{:#?}", r.events);
    assert_no_event(&["وبدأت القوات العراقية بتفكيك الألغام في المدينة."], "ASSAULT");
}

#[test]
fn a_role_speaking_unnamed_is_the_person_the_article_names_after_it() {
    let r = record("أعلن الرئيس الفرنسي إيمانويل ماكرون أن العملية نجحت. وقال الرئيس الفرنسي في بيان إن فرنسا لن تتساهل.");
    let said = claim_with_cue(&r, "قال");
    assert_eq!(names(&r, &said.speaker), ["إيمانويل ماكرون"]);
    // Words that end a longer role hold another office.
    let r =
        record("وقال نائب الرئيس الأمريكي مايك بنس إن الاجتماع قائم. وحذر الرئيس الأمريكي روسيا من التصعيد.");
    assert!(claim_with_cue(&r, "حذر").speaker.is_empty(), "{:#?}", r.claims);
    // Named before the role, set off by a comma; then the role speaks for its body alone.
    let r = record(
        "وقال جون سميث، المتحدث باسم منظمة الصحة العالمية، إن المنظمة قلقة. وتابع المتحدث باسم منظمة \
         الصحة العالمية أن المستشفيات أصيبت.",
    );
    assert_eq!(names(&r, &claim_with_cue(&r, "تابع").speaker), ["جون سميث"]);
}

#[test]
fn a_title_after_lam_is_part_of_a_role_and_the_person_set_off_after_it_speaks() {
    let r = record("كما أعلن النائب الأول لرئيس إدارة العمليات الرئيسية في الأركان العامة للقوات المسلحة الروسية، فلاديمير بوزنيخير، أن السكان يحصلون على المساعدات.");
    assert_eq!(names(&r, &claim_with_cue(&r, "أعلن").speaker), ["فلاديمير بوزنيخير"]);
    assert!(r.events.iter().all(|e| e.event_type != "ASSAULT"), "{:#?}", r.events);
}

#[test]
fn a_statement_of_the_bare_army_is_the_one_army_the_article_named() {
    let r =
        record("قتل الجيش الإسرائيلي فلسطينيا قرب المستوطنة. وجاء في بيان للجيش أن المهاجم اخترق المستوطنة.");
    assert_eq!(names(&r, &claim_with_cue(&r, "جاء في بيان").speaker), ["الجيش الإسرائيلي"]);
}

#[test]
fn a_claim_of_responsibility_pointing_back_gives_its_claimer_to_the_acts_before_it() {
    let r = record("وقد قتل 149 شخصا على الأقل في هجوم ادعى تنظيم الدولة المسؤولية عنه قرب ماستونغ.");
    for trigger in ["قتل", "هجوم"] {
        let act = event_with_trigger(&r, trigger);
        assert_eq!(names(&r, &act.actor), ["تنظيم الدولة"], "{trigger}");
        assert!(act.target.is_empty(), "{trigger}: {:#?}", r.events);
    }
    // A denial gives no doer.
    let r = record("قتل خمسة جنود في هجوم نفت حركة طالبان مسؤوليتها عنه.");
    assert!(event_with_trigger(&r, "هجوم").actor.is_empty(), "{:#?}", r.events);
}

#[test]
fn a_term_of_time_is_no_supply() {
    assert_no_event(
        &[
            "ويتهم التحالف إيران بإطالة أمد الأزمة اليمنية.",
            "وقال إن التدخل الإيراني يطيل أمد الصراع في اليمن.",
            "وحقق الصدر، وهو خصم منذ أمد طويل للولايات المتحدة، فوزا كبيرا.",
        ],
        "AID",
    );
    assert_an_event("وقالت الولايات المتحدة إنها أمدت الوحدات الكردية بالأسلحة والتدريب.", "AID");
}

#[test]
fn an_act_begun_with_shara_fi_was_done() {
    let r = record("وقال مسؤولون إن مسلحين اقتحما مبنى المحافظة ثم شرعا في إطلاق النار على قوات الأمن.");
    assert!(r.events.iter().any(|e| e.mode.as_deref() == Some("small_arms")), "{:#?}", r.events);
    assert_roles(
        "وشرعت تركيا في حملة عسكرية ضد وحدات حماية الشعب الكردية.",
        "ASSAULT",
        &["تركيا"],
        &["وحدات حماية الشعب الكردية"],
    );
}
