//! The means of an act of force, when what did it is named by them. A verb or noun of
//! shelling or aiming says "shelling" or "attack" only for want of knowing what shelled:
//! aircraft right after it (`قصفت مقاتلات التحالف`، `استهدف طيران التحالف`، `قصف الطائرات
//! الروسية`، `قصفت طائرات سلاح الجو`) make it an air strike, and drones (`قصفت طائرات بلا
//! طيار`، `استهدفت طائرة مسيرة`) a drone strike — what the exports map to ACLED's "Air/drone
//! strike" rather than "Shelling/artillery/missile attack" or "Armed clash".

use crate::doc::Doc;
use crate::grammar::without_article;

/// Modes a word of force takes for want of its means: قصف is shelling, استهدف an attack.
const MODES_WANTING_MEANS: &[&str] = &["artillery", "attack"];

/// Nouns of aircraft that name a doer (folded, without the article): plurals and the air
/// force. One plane after a verb of aiming is most often what was aimed at (`استهدفت
/// الطائرة`، `أسقطت طائرة مقاتلة`), unless it is unmanned.
const AIRCRAFT: &[&str] = &["طايرات", "مقاتلات", "مروحيات", "طيران"];

/// One plane (folded, without the article): a doer only when unmanned (`استهدفت طائرة مسيرة`).
const ONE_PLANE: &[&str] = &["طايره", "مقاتله", "مروحيه"];

/// Two-word names of an air arm (folded, the first without the article): `سلاح الجو`،
/// `القوات الجوية`.
const AIR_ARMS: &[(&str, &str)] = &[("سلاح", "الجو"), ("قوات", "الجويه"), ("قوات", "جويه")];

/// Words after an aircraft noun that make it unmanned (folded): `طائرة مسيرة`، `طائرات بلا
/// طيار`، `طائرات بدون طيار`.
const UNMANNED: &[&str] = &["مسيره", "مسيرات", "بلا", "بدون", "المسيره", "المسيرات"];

/// The mode of an ASSAULT whose trigger's last token is `last`, given the trigger's own
/// `mode`: an air strike or a drone strike when aircraft name what did it right after the
/// trigger, else the trigger's mode. With its doer named before it (`إسرائيل استهدفت
/// الطائرات`), what follows the trigger is what it hit: `subject_before` says so.
pub(crate) fn mode_by_means(
    doc: &Doc,
    last: usize,
    mode: &'static str,
    subject_before: bool,
) -> &'static str {
    if !MODES_WANTING_MEANS.contains(&mode) || subject_before {
        return mode;
    }
    let (word, next) = (doc.key(last + 1), doc.key(last + 2));
    let stem = without_article(word).unwrap_or(word);
    let unmanned = UNMANNED.contains(&next);
    match () {
        _ if (AIRCRAFT.contains(&stem) || ONE_PLANE.contains(&stem)) && unmanned => "drone",
        _ if AIRCRAFT.contains(&stem) || AIR_ARMS.contains(&(stem, next)) => "aerial",
        _ => mode,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_lists_are_folded() {
        let arms: Vec<&str> = AIR_ARMS.iter().flat_map(|(first, second)| [*first, *second]).collect();
        crate::grammar::assert_all_folded(&[
            ("AIRCRAFT", AIRCRAFT),
            ("ONE_PLANE", ONE_PLANE),
            ("UNMANNED", UNMANNED),
            ("AIR_ARMS", &arms),
        ]);
    }
}
