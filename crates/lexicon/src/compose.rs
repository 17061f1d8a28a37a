//! A state's forces, air force, police and government named by a head noun and a nationality
//! adjective: `القوات اليمنية`، `الجيش اللبناني`، `الطائرات الإسرائيلية`، `الحكومة الإسبانية`،
//! `السلطات المصرية`، `النظام الإيراني`، `الشرطة المصرية`، `قوات الأمن التونسية`، and its
//! soldiers by a plural of persons: `الجنود الإسرائيليين`، `الجنود الروس`.
//!
//! Every country with demonyms gets these names without a line of its own in the actor
//! files. A phrase already listed as an alias keeps its entry. Otherwise it joins the
//! country's entry of that kind when the files have one (the entry whose own aliases open with
//! the same head, else with another head of its family — `النظام الإيراني` joins the entry of
//! `الحكومة الإيرانية` — else the only entry of the kind that no other family's heads name),
//! and else a new entry for the country's armed forces or government, named after the
//! country's gazetteer entry. Police and security forces join only an entry already named by
//! a head of their own family (`قوات الشرطة العراقية` joins `الشرطة العراقية`): an army is not
//! its country's police. Aircraft join the country's air force, the entry named by any head of
//! theirs (`الطائرات الروسية` joins `الطيران الروسي`). GUIDELINES.md counts such phrases as
//! entities (`القوات العراقية`), while the bare head (`القوات`) points back to one named before.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use marsad_text::fold::fold_key;

use crate::data::{Actor, LexiconData, Term};

/// A head noun, the form of the adjective it takes, and the kind of entry it names.
struct Head {
    noun: &'static str,
    agreement: Agreement,
    actor_type: &'static str,
    family: Family,
    /// Whether the adjective takes the article (`الطائرات الروسية`) or not (`طائرات روسية`).
    definite: bool,
}

impl Head {
    /// The name the head makes with a nationality adjective written without its article.
    fn phrase(&self, demonym: &str) -> String {
        let article = if self.definite { "ال" } else { "" };
        format!("{} {article}{demonym}", self.noun)
    }
}

/// The adjective's form a head takes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Agreement {
    /// A singular masculine (`اليمني`) for a masculine singular head.
    Masculine,
    /// A singular feminine (`اليمنية`) for the plural of things and the feminine heads.
    Feminine,
    /// A plural of persons (`الإسرائيليون`، `الإسرائيليين`، `الروس`) for soldiers.
    Persons,
}

/// The institution a head names: heads of one family name the same entry.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Family {
    Forces,
    Government,
    Police,
    Security,
    AirForce,
    /// One ministry of a state, by its portfolio (`interior`): a ministry joins no other.
    Ministry(&'static str),
}

impl Family {
    /// The suffix of a new entry's id and its English name for a country.
    fn entry_name(self, name: &str) -> (String, String) {
        match self {
            Family::Forces => ("armed-forces".into(), format!("Armed Forces of {name}")),
            Family::Government => ("government".into(), format!("Government of {name}")),
            Family::Police => ("police".into(), format!("Police of {name}")),
            Family::Security => ("security-forces".into(), format!("Security Forces of {name}")),
            Family::AirForce => ("air-force".into(), format!("Air Force of {name}")),
            Family::Ministry(portfolio) => {
                (format!("ministry-{portfolio}"), format!("Ministry of {} of {name}", title_case(portfolio)))
            }
        }
    }

    /// Whether any entry of the head's kind may take the name, or only one already named by
    /// a head of this family.
    fn joins_by_kind(self) -> bool {
        matches!(self, Family::Forces | Family::Government)
    }
}

/// A portfolio's id as an English name (`foreign-affairs` → `Foreign Affairs`).
fn title_case(slug: &str) -> String {
    let capitalized = |word: &str| {
        let mut letters = word.chars();
        letters
            .next()
            .map(|first| first.to_uppercase().chain(letters).collect::<String>())
            .unwrap_or_default()
    };
    slug.split('-').map(capitalized).collect::<Vec<_>>().join(" ")
}

const HEADS: &[Head] = &[
    head("القوات", Agreement::Feminine, Family::Forces),
    head("الجيش", Agreement::Masculine, Family::Forces),
    // `الجنود الروس`، `الجنود الإسرائيليين`: a state's soldiers named by nationality are its
    // forces (without the article they are some soldiers, not the institution: `جنود أمريكيون`).
    head("الجنود", Agreement::Persons, Family::Forces),
    head("الحكومة", Agreement::Feminine, Family::Government),
    head("السلطات", Agreement::Feminine, Family::Government),
    // `النظام الإيراني`، `النظام القطري`: the regime of a state is its government.
    head("النظام", Agreement::Masculine, Family::Government),
    // A state's ministries (`وزارة العدل الأمريكية`، `وزارة الإعلام السعودية`), each its own
    // entry: one ministry never stands for another, nor for the government.
    head("وزارة الخارجية", Agreement::Feminine, Family::Ministry("foreign-affairs")),
    head("وزارة الدفاع", Agreement::Feminine, Family::Ministry("defence")),
    head("وزارة الداخلية", Agreement::Feminine, Family::Ministry("interior")),
    head("وزارة الصحة", Agreement::Feminine, Family::Ministry("health")),
    head("وزارة العدل", Agreement::Feminine, Family::Ministry("justice")),
    head("وزارة الإعلام", Agreement::Feminine, Family::Ministry("information")),
    head("وزارة المالية", Agreement::Feminine, Family::Ministry("finance")),
    head("الشرطة", Agreement::Feminine, Family::Police),
    head("قوات الشرطة", Agreement::Feminine, Family::Police),
    head("قوات الأمن", Agreement::Feminine, Family::Security),
    head("القوات الأمنية", Agreement::Feminine, Family::Security),
    head("الأجهزة الأمنية", Agreement::Feminine, Family::Security),
    // A state's aircraft are its air force (`شنت الطائرات الإسرائيلية غارات`). The bare singular
    // `الطائرة` is left out: one plane is most often a crash's or a hijacking's.
    head("الطيران", Agreement::Masculine, Family::AirForce),
    head("الطيران الحربي", Agreement::Masculine, Family::AirForce),
    head("سلاح الجو", Agreement::Masculine, Family::AirForce),
    head("القوات الجوية", Agreement::Feminine, Family::AirForce),
    head("الطائرات", Agreement::Feminine, Family::AirForce),
    head("الطائرات الحربية", Agreement::Feminine, Family::AirForce),
    head("المقاتلات", Agreement::Feminine, Family::AirForce),
    head("المقاتلات الحربية", Agreement::Feminine, Family::AirForce),
    head("المروحيات", Agreement::Feminine, Family::AirForce),
    // Without the article, some of a state's aircraft are still its air force acting (`شنت
    // طائرات حربية روسية غارات`، `مقاتلات إسرائيلية`), and some of its forces its forces
    // (`قوات أمريكية`). The bare singular (`طائرة إيرانية`) is most often an airliner.
    bare("قوات", Family::Forces),
    bare("طائرات", Family::AirForce),
    bare("طائرات حربية", Family::AirForce),
    bare("مقاتلات", Family::AirForce),
    bare("مقاتلات حربية", Family::AirForce),
    bare("مروحيات", Family::AirForce),
];

/// A head of `family`'s kind: a government's heads name governments, the others armed forces.
const fn head(noun: &'static str, agreement: Agreement, family: Family) -> Head {
    let actor_type = match family {
        Family::Government | Family::Ministry(_) => "government",
        _ => "state_military",
    };
    Head { noun, agreement, actor_type, family, definite: true }
}

/// A plural of things without the article, of `family`: its adjective is indefinite feminine.
const fn bare(noun: &'static str, family: Family) -> Head {
    Head { definite: false, ..head(noun, Agreement::Feminine, family) }
}

/// Where the composed names are said to come from, for `marsad lexicon lookup`.
const COMPOSED_FROM: &str = "data/demonyms.tsv";

/// Whether a folded phrase is one of the head nouns a state's names are composed with
/// (`القوات`، `الطائرات الحربيه`، `سلاح الجو`).
pub(crate) fn is_state_head(phrase: &str) -> bool {
    static FOLDED: OnceLock<HashSet<String>> = OnceLock::new();
    FOLDED.get_or_init(|| HEADS.iter().map(|h| fold_key(h.noun)).collect()).contains(phrase)
}

/// Adds the composed names to `data.actors`: as aliases of listed entries, or as new entries.
pub fn compose_state_names(data: &mut LexiconData) {
    let mut taken: HashSet<String> =
        data.actors.iter().flat_map(|a| a.aliases.iter()).map(|alias| fold_key(alias)).collect();
    let country_names = country_names(data);
    // Every phrase to add, read before the actors change.
    let phrases: Vec<(String, &Head, String, String, usize)> = data
        .demonyms
        .iter()
        .filter(|demonym| country_names.contains_key(demonym.kind.as_str()))
        .flat_map(|demonym| {
            HEADS.iter().filter(|head| agrees(head, demonym)).map(|head| {
                let phrase = head.phrase(&demonym.text);
                (demonym.kind.clone(), head, phrase, demonym.text.as_str(), demonym.line)
            })
        })
        .filter(|(_, _, phrase, _, _)| taken.insert(fold_key(phrase)))
        .map(|(country, head, phrase, demonym, line)| (country, head, phrase, demonym.to_string(), line))
        .collect();
    let mut added: HashMap<(String, Family), usize> = HashMap::new();
    for (country, head, phrase, demonym, line) in phrases {
        let index = match entry_for(data, &country, head, &demonym) {
            Some(index) => index,
            None => *added.entry((country.clone(), head.family)).or_insert_with(|| {
                data.actors.push(new_entry(&country, &country_names[&country], head, line));
                data.actors.len() - 1
            }),
        };
        data.actors[index].aliases.push(phrase);
    }
}

/// Country code → the country's name in the gazetteer.
fn country_names(data: &LexiconData) -> HashMap<String, String> {
    data.places
        .iter()
        .filter(|p| p.scale == "country")
        .filter_map(|p| p.country.clone().map(|code| (code, p.canonical.clone())))
        .collect()
}

/// Whether an adjective agrees with the head: a singular masculine (`اليمني`) for الجيش, a
/// singular feminine (`اليمنية`) for the plural of things and feminine heads, a plural of
/// persons (`يمنيون`، `يمنيين`, or a broken plural such as `روس`) for soldiers. The adverbial
/// form (`يمنيا`) qualifies no institution.
fn agrees(head: &Head, demonym: &Term) -> bool {
    let key = fold_key(&demonym.text);
    match head.agreement {
        Agreement::Feminine => key.ends_with("يه"),
        Agreement::Masculine => key.ends_with('ي'),
        Agreement::Persons => {
            let singular_or_adverb = ["ي", "يه", "ا"].iter().any(|end| key.ends_with(end));
            key.ends_with("يون") || key.ends_with("يين") || !singular_or_adverb
        }
    }
}

/// The listed entry a composed name joins. For police and security forces: the country's
/// entry already named by a head of the same family and the same adjective (`الشرطة العراقية`
/// for `قوات الشرطة العراقية`). For forces and governments: the entry of the head's kind whose
/// own aliases open with the head noun (`الجيش اللبناني` for `الجيش`), or the only one of its
/// kind. For aircraft: the country's entry named by any head of aircraft.
fn entry_for(data: &LexiconData, country: &str, head: &Head, demonym: &str) -> Option<usize> {
    let of_country: Vec<usize> =
        (0..data.actors.len()).filter(|&i| data.actors[i].country.as_deref() == Some(country)).collect();
    if head.family == Family::AirForce {
        // Masculine and feminine heads name one air force (`الطيران الروسي`، `القوات الجوية
        // الروسية`): the entry with an alias opening with any of them.
        return of_country.into_iter().find(|&i| named_by_family(&data.actors[i], Family::AirForce));
    }
    if !head.family.joins_by_kind() {
        let kin: HashSet<String> = HEADS
            .iter()
            .filter(|other| other.family == head.family && other.agreement == head.agreement)
            .map(|other| fold_key(&other.phrase(demonym)))
            .collect();
        let named_by_kin =
            |i: &usize| data.actors[*i].aliases.iter().any(|alias| kin.contains(&fold_key(alias)));
        return of_country.into_iter().find(named_by_kin);
    }
    // An entry of the kind that another family's heads alone name (an air force, security
    // forces made for the country a line before) is not the one the head names.
    let of_kind: Vec<usize> = of_country
        .into_iter()
        .filter(|&i| data.actors[i].actor_type == head.actor_type)
        .filter(|&i| named_by_family(&data.actors[i], head.family) || !named_by_any_family(&data.actors[i]))
        .collect();
    let opening = format!("{} ", fold_key(head.noun));
    let by_head = of_kind
        .iter()
        .copied()
        .find(|&i| data.actors[i].aliases.iter().any(|alias| fold_key(alias).starts_with(&opening)));
    let by_family = || of_kind.iter().copied().find(|&i| named_by_family(&data.actors[i], head.family));
    by_head.or_else(by_family).or_else(|| (of_kind.len() == 1).then(|| of_kind[0]))
}

/// The family of the longest head an alias opens with (`القوات الجوية العراقية` is an air
/// force's, not forces').
fn family_of_alias(alias: &str) -> Option<Family> {
    // The heads folded once, longest first (this is asked of every alias of every entry of a
    // country, for each composed phrase).
    static FOLDED: OnceLock<Vec<(String, Family)>> = OnceLock::new();
    let heads = FOLDED.get_or_init(|| {
        // An entry's kind is read from its names with the article (`قوات سوريا الديمقراطية`
        // opens with no head of a state's forces).
        let definite = HEADS.iter().filter(|h| h.definite);
        let mut heads: Vec<(String, Family)> = definite.map(|h| (fold_key(h.noun), h.family)).collect();
        heads.sort_by_key(|(noun, _)| std::cmp::Reverse(noun.len()));
        heads
    });
    let key = fold_key(alias);
    let opens = |noun: &str| key.strip_prefix(noun).is_some_and(|rest| rest.starts_with(' '));
    heads.iter().find(|(noun, _)| opens(noun)).map(|&(_, family)| family)
}

/// Whether an alias of `actor` opens with a head of `family`.
fn named_by_family(actor: &Actor, family: Family) -> bool {
    actor.aliases.iter().any(|alias| family_of_alias(alias) == Some(family))
}

/// Whether an alias of `actor` opens with any head.
fn named_by_any_family(actor: &Actor) -> bool {
    actor.aliases.iter().any(|alias| family_of_alias(alias).is_some())
}

/// A new entry for a country's armed forces, police, security forces or government.
fn new_entry(country: &str, name: &str, head: &Head, line: usize) -> Actor {
    let (suffix, canonical) = head.family.entry_name(name);
    Actor {
        id: format!("{}-{suffix}", country.to_ascii_lowercase()),
        canonical,
        actor_type: head.actor_type,
        country: Some(country.to_string()),
        aliases: Vec::new(),
        valid: None,
        file: COMPOSED_FROM,
        line,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data() -> LexiconData {
        crate::data::load().0
    }

    fn entry_of<'d>(data: &'d LexiconData, phrase: &str) -> Option<&'d Actor> {
        let key = fold_key(phrase);
        data.actors.iter().find(|a| a.aliases.iter().any(|alias| fold_key(alias) == key))
    }

    #[test]
    fn a_listed_army_takes_the_composed_name() {
        let data = data();
        let yemen = entry_of(&data, "القوات اليمنية").expect("القوات اليمنية is composed");
        assert_eq!(yemen.id, "yemen-army");
    }

    #[test]
    fn a_country_without_entries_gets_its_own() {
        let data = data();
        let spain = entry_of(&data, "الحكومة الإسبانية").expect("الحكومة الإسبانية is composed");
        assert_eq!(spain.actor_type, "government");
        assert_eq!(spain.country.as_deref(), Some("ES"));
        assert_eq!(spain.file, COMPOSED_FROM);
        let army = entry_of(&data, "الجيش الإسباني").expect("الجيش الإسباني is composed");
        assert_eq!(army.actor_type, "state_military");
        assert_eq!(entry_of(&data, "القوات الإسبانية").map(|a| &a.id), Some(&army.id));
    }

    #[test]
    fn each_ministry_is_an_entry_of_its_own() {
        let data = data();
        let justice = entry_of(&data, "وزارة العدل الأمريكية").expect("وزارة العدل الأمريكية is composed");
        assert_eq!(justice.id, "us-ministry-justice");
        assert_eq!(justice.canonical, "Ministry of Justice of United States");
        let health = entry_of(&data, "وزارة الصحة الليبية").expect("وزارة الصحة الليبية is composed");
        let interior = entry_of(&data, "وزارة الداخلية الليبية").expect("وزارة الداخلية الليبية is named");
        assert_ne!(health.id, interior.id);
        assert_eq!(health.actor_type, "government");
        let government = entry_of(&data, "الحكومة الليبية").expect("الحكومة الليبية is named");
        assert_ne!(health.id, government.id);
    }

    #[test]
    fn ids_stay_unique_and_no_alias_names_two_entries() {
        let data = data();
        let mut ids = HashSet::new();
        assert!(data.actors.iter().all(|a| ids.insert(a.id.clone())), "duplicate id");
        let mut aliases = HashMap::new();
        for actor in &data.actors {
            for alias in &actor.aliases {
                if let Some(other) = aliases.insert(fold_key(alias), &actor.id) {
                    assert_eq!(other, &actor.id, "{alias} names two entries");
                }
            }
        }
    }

    #[test]
    fn police_and_security_forces_join_their_own_entries_and_not_the_army() {
        let data = data();
        let egypt = entry_of(&data, "الشرطة المصرية").expect("الشرطة المصرية is composed");
        assert_eq!(egypt.canonical, "Police of Egypt");
        assert_ne!(entry_of(&data, "الجيش المصري").map(|a| &a.id), Some(&egypt.id));
        assert_eq!(entry_of(&data, "قوات الشرطة المصرية").map(|a| &a.id), Some(&egypt.id));
        let iraq = entry_of(&data, "قوات الشرطة العراقية").expect("قوات الشرطة العراقية is composed");
        assert_eq!(iraq.id, "iraq-police");
        let tunisia = entry_of(&data, "قوات الأمن التونسية").expect("قوات الأمن التونسية is composed");
        assert_eq!(tunisia.canonical, "Security Forces of Tunisia");
    }

    #[test]
    fn heads_without_the_article_take_an_indefinite_adjective() {
        let data = data();
        let air_force = |alias: &str| entry_of(&data, alias).map(|a| a.id.as_str());
        assert_eq!(air_force("طائرات حربية روسية"), Some("russia-aerospace-forces"));
        assert_eq!(air_force("مقاتلات إسرائيلية"), Some("israel-air-force"));
        assert_eq!(air_force("قوات أمريكية"), air_force("القوات الأمريكية"));
        assert!(entry_of(&data, "طائرات الروسية").is_none());
        assert!(entry_of(&data, "القوات روسية").is_none());
    }

    #[test]
    fn aircraft_join_their_country_s_air_force() {
        let data = data();
        let russia = entry_of(&data, "الطائرات الروسية").expect("الطائرات الروسية is composed");
        assert_eq!(russia.id, "russia-aerospace-forces");
        assert_eq!(entry_of(&data, "المقاتلات الإسرائيلية").map(|a| a.id.as_str()), Some("israel-air-force"));
        let chad = entry_of(&data, "الطيران التشادي").expect("الطيران التشادي is composed");
        assert_eq!(chad.canonical, "Air Force of Chad");
        assert_eq!(entry_of(&data, "الطائرات التشادية").map(|a| &a.id), Some(&chad.id));
        assert_ne!(entry_of(&data, "الجيش التشادي").map(|a| &a.id), Some(&chad.id));
    }

    /// The id of the entry a phrase names.
    fn id_of<'d>(data: &'d LexiconData, phrase: &str) -> Option<&'d str> {
        entry_of(data, phrase).map(|a| a.id.as_str())
    }

    #[test]
    fn soldiers_named_by_a_plural_of_persons_are_their_state_s_forces() {
        let data = data();
        let army = id_of(&data, "الجيش الإسرائيلي");
        assert!(army.is_some());
        assert_eq!(id_of(&data, "الجنود الإسرائيليين"), army);
        assert_eq!(id_of(&data, "الجنود الإسرائيليون"), army);
        assert!(id_of(&data, "الجنود الفرنسيين").is_some());
        assert_eq!(id_of(&data, "القوات الفرنسية"), id_of(&data, "الجنود الفرنسيين"));
        assert!(id_of(&data, "الجنود الفرنسية").is_none() && id_of(&data, "الجنود الفرنسي").is_none());
    }

    #[test]
    fn a_head_joins_the_entry_another_head_of_its_family_names() {
        let data = data();
        let government = id_of(&data, "الحكومة الإيرانية");
        assert!(government.is_some());
        assert_eq!(id_of(&data, "النظام الإيراني"), government);
        let libya = entry_of(&data, "القوات الليبية").expect("القوات الليبية is composed");
        assert_eq!(libya.actor_type, "state_military");
        assert_ne!(id_of(&data, "الطيران الليبي"), Some(libya.id.as_str()));
    }

    #[test]
    fn plural_forms_qualify_no_institution() {
        let data = data();
        assert!(entry_of(&data, "القوات اليمنيون").is_none());
    }
}
