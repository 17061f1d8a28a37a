//! Verbal phrases whose subject stands between the verb and the rest of the phrase, as
//! Arabic puts it (verb, subject, object): `أطلق مسلحون النار`، `فرضت واشنطن عقوبات`. The
//! verb alone is the trigger and the words inside are its subject, named or not. Made-up
//! sentences of one rule each. Also the unnamed doer (`مسلحون`، `جنود`) right next to a
//! verb of force: its subject, so the act happened and no name from elsewhere is its actor.

mod common;

use common::record_of as record;

/// Type, trigger text and actor names of every event of `text`.
fn events(text: &str) -> Vec<(String, String, Vec<String>)> {
    let r = record(text);
    r.events
        .iter()
        .map(|e| {
            let actors = e.actor.iter().map(|&m| r.mentions[m].text.clone()).collect();
            (e.event_type.clone(), e.trigger.text.clone(), actors)
        })
        .collect()
}

fn one(event_type: &str, trigger: &str, actors: &[&str]) -> Vec<(String, String, Vec<String>)> {
    vec![(event_type.to_string(), trigger.to_string(), actors.iter().map(|a| a.to_string()).collect())]
}

#[test]
fn a_named_subject_inside_the_phrase_is_its_actor() {
    assert_eq!(
        events("فرضت الولايات المتحدة عقوبات على روسيا."),
        one("SANCTION", "فرضت", &["الولايات المتحدة"])
    );
    assert_eq!(
        events("أمنت قوات سوريا الديمقراطية ممرات لقادة داعش."),
        vec![("AID".to_string(), "أمنت".to_string(), vec!["قوات سوريا الديمقراطية".to_string()])]
    );
    assert_eq!(
        events("وألقت الشرطة العراقية القبض على ثلاثة مطلوبين في بغداد."),
        one("COERCE", "ألقت", &["الشرطة العراقية"])
    );
}

#[test]
fn the_subject_inside_wins_over_a_name_before_the_verb() {
    // After a relative pronoun, and with another name right before the verb.
    assert_eq!(
        events("وكان رجال الأعمال الذين فرضت الولايات المتحدة عقوبات عليهم في نيسان."),
        one("SANCTION", "فرضت", &["الولايات المتحدة"])
    );
}

#[test]
fn an_unnamed_subject_inside_the_phrase_names_the_doer_and_leaves_the_actor_empty() {
    // Nobody named: the act still happened, by gunmen, this group, the police.
    assert_eq!(events("أطلق مسلحون النار على دورية."), one("ASSAULT", "أطلق", &[]));
    assert_eq!(events("فجر مهاجم انتحاري نفسه خارج مكتب الشرطة."), one("ASSAULT", "فجر", &[]));
    // Not the army named before, whose act the previous event was.
    let shooting = events("وخلال تمشيط الجيش اللبناني للمنطقة، اطلقت هذه المجموعة النار على الجنود.");
    assert!(shooting.contains(&("ASSAULT".to_string(), "اطلقت".to_string(), vec![])), "{shooting:?}");
}

#[test]
fn words_that_cannot_be_a_subject_do_not_split_a_phrase() {
    for text in [
        // "the dawn of Friday itself": a time word where the subject would stand.
        "فجر يوم الجمعة نفسه وصل الوفد إلى المدينة.",
        // A name holding the verb's letters: نصر الله is no "we insist".
        "ورد نصر الله على التهديدات.",
        // A phrase ending in a preposition is not split (`حقق في`).
        "وحقق المنتخب فوزا في المباراة.",
        // A determiner, a quantifier: the verbal noun's object follows.
        "واستبعد المسؤول عقد أي اجتماع.",
        // An adverb with tanween is no verb.
        "ستساعد ألمانيا لبنان على المضي قدماً بالإصلاحات وتقديم مساعدات.",
    ] {
        let found = events(text);
        assert!(
            found
                .iter()
                .all(|(t, _, _)| !["DEMAND", "INVESTIGATE", "CONSULT", "ASSAULT"].contains(&t.as_str())
                    && found.iter().all(|(_, trigger, _)| trigger != "قدماً")),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn an_unnamed_doer_next_to_a_verb_of_force_makes_it_an_act_and_names_nobody_else() {
    // Gunmen, attackers, soldiers: the act happened, though nobody is named and no place.
    assert_eq!(
        events("وأفاد مسؤولون بأن مهاجما انتحاريا فجر نفسه خارج مكتب الشركة."),
        one("ASSAULT", "فجر نفسه", &[])
    );
    // The actor named in the sentence before is not the soldiers'.
    let found =
        events("وأعلنت الحكومة العراقية أمس خطة جديدة. وكان المزارع يعمل في أرضه عندما استهدفه جنود الاحتلال.");
    assert!(
        found.iter().any(|(t, trigger, actors)| t == "ASSAULT" && trigger == "استهدفه" && actors.is_empty()),
        "{found:?}"
    );
}
