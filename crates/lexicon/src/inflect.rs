//! The inflected forms of a listed cue word, made from its base form and class, on folded
//! letters (so ة is ه and ى is ي here). The files list a word once; the news writes it with
//! subject endings (قصفت، شنوا), object and possessive pronouns (استهدفته، هجومها), the
//! accusative alef (هجوما) and the dual (غارتين). Proclitics and the article are not made
//! here: the cue index tries them on the text's words with the segmenter's own rules.

use crate::cues::WordClass;

/// Object and possessive pronouns, folded.
const PRONOUNS: [&str; 9] = ["ه", "ها", "هم", "هما", "هن", "ني", "نا", "كم", "ك"];
/// Endings of the perfect: she, they two, they, the women, we, you (pl.).
const PAST_ENDINGS: [&str; 8] = ["ت", "تا", "ا", "وا", "ن", "نا", "تم", "تن"];
/// Endings of the imperfect: they, they two, the women, subjunctive they, you (f.).
const PRESENT_ENDINGS: [&str; 5] = ["ون", "ان", "ن", "وا", "ين"];
/// Imperfect prefixes other than ي (أ is folded to ا).
const PRESENT_PREFIXES: [&str; 3] = ["ت", "ن", "ا"];
/// The object pronouns of the second person, folded.
const SECOND_PERSON: [&str; 2] = ["كم", "ك"];
/// Fractions, folded: half, third, quarter.
const FRACTIONS: [&str; 3] = ["نصف", "ثلث", "ربع"];

/// Every folded form of `base` (already folded) in `class`, the base first.
pub fn inflect(base: &str, class: WordClass) -> Vec<String> {
    let mut forms = vec![base.to_string()];
    match class {
        WordClass::Past => past(base, &mut forms),
        WordClass::Present => present(base, &mut forms),
        WordClass::Noun => noun(base, &mut forms),
        WordClass::Participle => participle(base, &mut forms),
        WordClass::Particle => {}
    }
    finish(base, forms)
}

/// The forms made, sorted and without repeats. `يثني على` made `اثنين على` (I praise + the
/// women's ending), and `يصف` made `نصف` (we describe): no inflected form may be a number
/// word or a fraction, which the news writes far more often (`بديلين اثنين على الأقل`،
/// `ساعتين ونصف`). A verb written with أل first (`ألمح`، `ألقى`) looks definite once folded:
/// with "you" after it (`ألمحاكم`, he hinted to you both) it is a definite noun far more
/// often (`المحاكم`, the courts).
fn finish(base: &str, mut forms: Vec<String>) -> Vec<String> {
    let collides = |form: &str| {
        marsad_text::number::is_number_word(form)
            || FRACTIONS.contains(&form)
            || (form.starts_with("ال") && SECOND_PERSON.iter().any(|you| form.ends_with(you)))
    };
    forms.retain(|form| form == base || !collides(form));
    forms.sort_unstable();
    forms.dedup();
    forms
}

/// The inflected forms of a cue's first word as its file writes it (`written`), folded. A
/// perfect of three letters written with a final bare alef is a defective verb (دعا، غزا،
/// نجا): its alef gives way to the endings (`دعت`، `دعوا`, not `دعات`). Folding writes أ as
/// ا, so the test is made on the written word: `بدأ` takes its endings whole (`بدأت`).
pub fn inflect_written(written: &str, class: WordClass) -> Vec<String> {
    let base = marsad_text::fold::fold_key(written);
    // `لقي`، `حظي` (written with ي, not ى): the ي stays before the endings (`لقيت`، `حظينا`)
    // but for they, whose و takes its place (`لقوا`، `حظوا`).
    if class == WordClass::Past && written.ends_with('ي') && base.chars().count() == 3 {
        return finish(&base, defective_in_ya_past(&base));
    }
    let defective = class == WordClass::Past && written.ends_with('ا') && base.chars().count() == 3;
    match base.strip_suffix('ا').filter(|_| defective) {
        Some(stem) => {
            let mut forms = vec![base.clone()];
            defective_past(stem, &["ت", "تا", "وا", "ون", "ونا", "وتم"], &mut forms);
            finish(&base, forms)
        }
        None => inflect(&base, class),
    }
}

/// The perfect of a defective verb, on its stem without the final letter (`دعا` and `نفى`,
/// stems `دع` and `نف`): the subject `endings` of its kind, and the object pronouns after
/// its alef, she, they and they two (`دعاه`، `نفته`، `دعوه`، `دعتاه`).
fn defective_past(stem: &str, endings: &[&str], forms: &mut Vec<String>) {
    for ending in endings {
        forms.push(format!("{stem}{ending}"));
    }
    for stem_ending in ["ا", "ت", "و", "تا"] {
        with_pronouns(&format!("{stem}{stem_ending}"), forms);
    }
}

/// The perfect of a verb of three letters ending in ي (`لقي`): its forms and their object
/// pronouns (`لقيه`، `لقيته`، `لقوه`).
fn defective_in_ya_past(base: &str) -> Vec<String> {
    let stem = base.strip_suffix('ي').unwrap_or(base);
    let mut forms = vec![base.to_string(), format!("{stem}وا")];
    forms.extend(["ت", "ا", "تا", "نا", "تم"].iter().map(|ending| format!("{base}{ending}")));
    for with_ending in [base.to_string(), format!("{base}ت"), format!("{stem}و")] {
        with_pronouns(&with_ending, &mut forms);
    }
    forms
}

/// `stem` + each pronoun.
fn with_pronouns(stem: &str, forms: &mut Vec<String>) {
    forms.extend(PRONOUNS.iter().map(|p| format!("{stem}{p}")));
}

fn past(base: &str, forms: &mut Vec<String>) {
    // A verb ending in ى (نفى، أجرى): نفت، نفوا، نفاه.
    if let Some(stem) = base.strip_suffix('ي') {
        // … the women's ين (`اعتدين عليها`), and ينا of "we" (`التقينا`، `نفينا`).
        defective_past(stem, &["ت", "وا", "ا", "يا", "تا", "ين", "ينا"], forms);
        return;
    }
    with_pronouns(base, forms);
    for ending in PAST_ENDINGS {
        forms.push(format!("{base}{ending}"));
    }
    // Before a pronoun, وا loses its alef (شنوها) and تم takes a و (قصفتموه).
    for stem_ending in ["ت", "ا", "و", "نا", "تا", "تمو"] {
        with_pronouns(&format!("{base}{stem_ending}"), forms);
    }
}

fn present(base: &str, forms: &mut Vec<String>) {
    let Some(stem) = base.strip_prefix('ي') else {
        return;
    };
    let mut third_person = Vec::new();
    for prefix in std::iter::once("ي").chain(PRESENT_PREFIXES) {
        third_person.push(format!("{prefix}{stem}"));
    }
    for word in third_person {
        with_pronouns(&word, forms);
        // I and we take no ending (`نقصف`، `أقصف`); أ with one is the imperative (`اقصفوا`),
        // which commands an act and reports none.
        if word.starts_with(['ا', 'ن']) {
            forms.push(word);
            continue;
        }
        // ينفي → ينفون: a final ي gives way to the plural ending.
        let plural_stem = word.strip_suffix('ي').unwrap_or(&word).to_string();
        for ending in PRESENT_ENDINGS {
            let stem = if ending.starts_with('و') { &plural_stem } else { &word };
            forms.push(format!("{stem}{ending}"));
        }
        for stem_ending in ["ون", "و", "ان"] {
            let stem = if stem_ending.starts_with('و') { &plural_stem } else { &word };
            with_pronouns(&format!("{stem}{stem_ending}"), forms);
        }
        forms.push(word);
    }
}

fn noun(base: &str, forms: &mut Vec<String>) {
    // A feminine noun: ة (folded ه) becomes ت before an ending (غارته، غارتين).
    let (stem, feminine) = match base.strip_suffix('ه') {
        Some(stem) => (format!("{stem}ت"), true),
        None => (base.to_string(), false),
    };
    if !feminine && !base.ends_with('ا') {
        forms.push(format!("{base}ا"));
    }
    // No possessive ي ("my"): rare in news, and once ى is folded to ي it would make nouns of
    // plurals (جرحى is not جرح + ي).
    for ending in ["ان", "ين"] {
        forms.push(format!("{stem}{ending}"));
    }
    with_pronouns(&stem, forms);
    // A dual before a pronoun drops its ن (غارتيه is rare; هجوميه too): not made.
}

fn participle(base: &str, forms: &mut Vec<String>) {
    for ending in ["ا", "ه", "ين", "ون", "ات", "ان", "تان", "تين"] {
        forms.push(format!("{base}{ending}"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has(forms: &[String], form: &str) -> bool {
        forms.iter().any(|f| f == form)
    }

    #[test]
    fn a_perfect_in_ya_keeps_it_but_for_they() {
        let forms = inflect_written("لقي", WordClass::Past);
        for form in ["لقي", "لقيت", "لقوا", "لقينا", "لقيته"] {
            assert!(has(&forms, form), "{form} in {forms:?}");
        }
        // The ى of نفى gives way to the endings; the ي of لقي does not.
        assert!(!has(&forms, "لقت"));
        assert!(has(&inflect_written("نفى", WordClass::Past), "نفت"));
    }

    #[test]
    fn no_inflected_form_is_a_fraction() {
        assert!(!has(&inflect("يصف", WordClass::Present), "نصف"));
        assert!(has(&inflect("يصف", WordClass::Present), "تصف"));
    }

    #[test]
    fn a_verb_opening_with_al_takes_no_second_person_pronoun() {
        let forms = inflect("المح", WordClass::Past);
        assert!(!has(&forms, "المحاكم") && !has(&forms, "المحك"));
        assert!(has(&forms, "المحت") && has(&forms, "المحه"));
    }

    #[test]
    fn no_inflected_form_is_a_number_word() {
        let forms = inflect("يثني", WordClass::Present);
        assert!(has(&forms, "تثني") && has(&forms, "يثنون"));
        assert!(!has(&forms, "اثنين"));
    }

    #[test]
    fn perfect_verbs_take_subject_endings_and_pronouns() {
        let forms = inflect("شن", WordClass::Past);
        for form in ["شن", "شنت", "شنوا", "شنوها", "شنته", "شنا"] {
            assert!(has(&forms, form), "{form}");
        }
        let forms = inflect("نفي", WordClass::Past);
        for form in ["نفي", "نفت", "نفوا", "نفاه", "نفتها", "نفين", "نفينا"] {
            assert!(has(&forms, form), "{form}");
        }
    }

    #[test]
    fn a_defective_perfect_loses_its_alef_before_endings_and_a_hamza_verb_keeps_it() {
        let forms = inflect_written("دعا", WordClass::Past);
        for form in ["دعا", "دعت", "دعوا", "دعتا", "دعاه", "دعته", "دعوهم"] {
            assert!(has(&forms, form), "{form}");
        }
        assert!(!has(&forms, "دعات") && !has(&forms, "دعاوا"));
        let forms = inflect_written("بدأ", WordClass::Past);
        assert!(has(&forms, "بدات") && !has(&forms, "بدت"));
    }

    #[test]
    fn imperfect_verbs_take_every_person_prefix_and_ending() {
        let forms = inflect("يقصف", WordClass::Present);
        for form in ["يقصف", "تقصف", "نقصف", "اقصف", "يقصفون", "يقصفان", "يقصفوا", "يقصفونها", "تقصفه"]
        {
            assert!(has(&forms, form), "{form}");
        }
        assert!(has(&inflect("ينفي", WordClass::Present), "ينفون"));
        // I and we take no ending: `اقصفوا` is the imperative, `احثون` the end of `باحثون`.
        let forms = inflect("يحث", WordClass::Present);
        assert!(has(&forms, "احث") && has(&forms, "نحثهم") && !has(&forms, "احثون") && !has(&forms, "نحثون"));
    }

    #[test]
    fn nouns_take_case_dual_and_possessive_endings() {
        let forms = inflect("غاره", WordClass::Noun);
        for form in ["غاره", "غارتين", "غارتان", "غارته", "غارتها"] {
            assert!(has(&forms, form), "{form}");
        }
        let forms = inflect("هجوم", WordClass::Noun);
        for form in ["هجوم", "هجوما", "هجومه", "هجومين"] {
            assert!(has(&forms, form), "{form}");
        }
    }

    #[test]
    fn participles_take_gender_and_number_endings() {
        let forms = inflect("مضيف", WordClass::Participle);
        for form in ["مضيفا", "مضيفه", "مضيفين"] {
            assert!(has(&forms, form), "{form}");
        }
    }
}
