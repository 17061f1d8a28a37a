//! Sides named by a noun that points back (issue 4): `القتال ضد التنظيم` fights the armed group
//! named before; `القوات الخاصة` and `القوات الحكومية` name bodies of their own, not the force
//! told of; `القوات اليمنية` and `الحكومة الإسبانية` are names in their own right; a feminine
//! verb after `عندما` with its subject dropped is done by the state just spoken of. The
//! sentences are made up.

mod common;

use common::record_of as record;
use marsad_model::{Event, Record};

/// The surface texts of the mentions in a role of an event.
fn names(record: &Record, ids: &[usize]) -> Vec<String> {
    ids.iter().filter_map(|&id| record.mentions.get(id)).map(|m| m.text.clone()).collect()
}

fn event_with_trigger<'r>(record: &'r Record, trigger: &str) -> &'r Event {
    record
        .events
        .iter()
        .find(|e| e.trigger.text == trigger)
        .unwrap_or_else(|| panic!("no event «{trigger}»: {:#?}", record.events))
}

#[test]
fn the_group_named_before_is_the_side_fought() {
    let record =
        record("سيطر تنظيم داعش على القرية أمس. وتواصل قوات سوريا الديمقراطية القتال ضد التنظيم المتطرف.");
    let fight = event_with_trigger(&record, "تواصل");
    assert_eq!(names(&record, &fight.target), ["تنظيم داعش"], "{fight:#?}");
}

#[test]
fn a_named_side_after_the_act_is_taken_as_it_stands() {
    let record = record("سيطر تنظيم داعش على القرية أمس. وقصفت الطائرات الروسية مواقع جبهة النصرة في إدلب.");
    let strike = event_with_trigger(&record, "قصفت");
    assert_eq!(names(&record, &strike.target), ["جبهة النصرة"], "{strike:#?}");
}

#[test]
fn a_side_only_pointed_back_to_does_not_make_an_act_of_a_bare_noun() {
    let record = record("انسحب تنظيم داعش من البلدة. وتحدث الأهالي عن إمدادات التنظيم.");
    assert!(record.events.iter().all(|e| e.trigger.text != "إمدادات"), "{:#?}", record.events);
}

#[test]
fn special_forces_are_not_the_army_named_before() {
    let record = record("وصل الجيش اللبناني إلى البلدة أمس. وقصفت القوات الخاصة مواقع المسلحين.");
    let shelling = record.events.iter().filter(|e| e.trigger.text == "قصفت");
    assert!(shelling.into_iter().all(|e| e.actor.is_empty()), "{:#?}", record.events);
}

#[test]
fn a_force_named_by_its_nationality_acts_in_its_own_name() {
    let record = record("ونجحت القوات اليمنية أمس في السيطرة على مديرية بيت الفقيه.");
    let taking = event_with_trigger(&record, "سيطرة");
    assert_eq!(names(&record, &taking.actor), ["القوات اليمنية"], "{taking:#?}");
}

#[test]
fn a_government_without_a_listed_entry_is_named_too() {
    let record = record("ووافقت الحكومة الإسبانية على استقبال السفينة.");
    let agreed = event_with_trigger(&record, "وافقت");
    assert_eq!(names(&record, &agreed.actor), ["الحكومة الإسبانية"], "{agreed:#?}");
}

#[test]
fn a_group_pointed_back_to_through_a_glued_preposition_is_the_side_acted_on() {
    let record = record("انسحب تنظيم داعش من الرقة. وقصف التحالف الدولي مواقع للتنظيم في هجين.");
    let shelling = event_with_trigger(&record, "قصف");
    assert_eq!(names(&record, &shelling.target), ["تنظيم داعش"], "{shelling:#?}");
}

#[test]
fn the_organization_is_the_group_called_one_not_the_nearest_force() {
    let record = record(
        "انسحب تنظيم داعش من المدينة الشهر الماضي. وتقدمت قوات سوريا الديمقراطية نحو البلدة أمس. وقصفت الطائرات الروسية مواقع للتنظيم في البادية.",
    );
    let shelling = event_with_trigger(&record, "قصفت");
    assert_eq!(names(&record, &shelling.target), ["تنظيم داعش"], "{shelling:#?}");
}

#[test]
fn a_dropped_feminine_subject_after_when_is_the_state_just_spoken_of() {
    let record = record(
        "وكانت لواشنطن بصمة واضحة في احتلال الجبل من قبل «داعش» عندما نفّذت غارات جوية على مواقع الجيش السوري.",
    );
    let raid = event_with_trigger(&record, "نفّذت غارات");
    assert_eq!(names(&record, &raid.actor), ["واشنطن"], "{raid:#?}");
}

#[test]
fn a_subject_named_after_the_verb_is_not_dropped() {
    let record = record("منيت الولايات المتحدة بنكسة بعدما رفضت الجمعية العامة نصا اقترحته.");
    assert!(
        record
            .events
            .iter()
            .all(|e| e.trigger.text != "رفضت" || names(&record, &e.actor) != ["الولايات المتحدة"]),
        "{:#?}",
        record.events
    );
}
