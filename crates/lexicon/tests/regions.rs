//! Regions: a side of a country named by a direction noun and a nationality adjective
//! (`الجنوب اللبناني`) is a region of that country, placed on its side; `شرق سوريا` keeps the
//! country's own place with the phrase as its region. The sentences are made up.

use marsad_lexicon::recognize::Entity;
use marsad_lexicon::Lexicon;

/// The places recognized in `text`: span, canonical name, scale, latitude and longitude.
fn places(text: &str) -> Vec<(&str, String, &'static str, f64, f64)> {
    let recognized = Lexicon::builtin().recognize(text, Some(2018));
    recognized
        .into_iter()
        .filter_map(|r| match r.entity {
            Entity::Place { canonical, scale, lat, lon, .. } => {
                Some((&text[r.start..r.end], canonical, scale, lat, lon))
            }
            Entity::Actor { .. } => None,
        })
        .collect()
}

/// The place recognized in `text` whose span is `span`.
fn place(text: &str, span: &str) -> (String, &'static str, f64, f64) {
    let found = places(text);
    let place = found.iter().find(|p| p.0 == span).unwrap_or_else(|| panic!("{span} in {found:?}"));
    (place.1.clone(), place.2, place.3, place.4)
}

#[test]
fn a_direction_noun_and_a_nationality_adjective_name_a_side_of_the_country() {
    let text = "وشنت الطائرات غارات على مواقع في الغرب العراقي وفي الجنوب اللبناني.";
    let (canonical, scale, _, west_lon) = place(text, "الغرب العراقي");
    assert_eq!((canonical.as_str(), scale), ("Iraq (west)", "region"));
    let (_, _, _, iraq_lon) = place("وصل الوفد إلى العراق أمس.", "العراق");
    assert!(west_lon < iraq_lon - 1.0, "western Iraq at {west_lon}, Iraq at {iraq_lon}");
    let (canonical, _, south_lat, _) = place(text, "الجنوب اللبناني");
    assert_eq!(canonical, "Lebanon (south)");
    let (_, _, lebanon_lat, _) = place("وصل الوفد إلى لبنان أمس.", "لبنان");
    assert!(south_lat < lebanon_lat, "southern Lebanon at {south_lat}, Lebanon at {lebanon_lat}");
}

#[test]
fn a_listed_side_and_other_adjectives_are_left_to_the_gazetteer() {
    let text = "تتقدم القوات في الشمال السوري، وتتصاعد التوترات في الشرق الأوسط وفي الشمال الغربي.";
    assert_eq!(place(text, "الشمال السوري").0, "Northern Syria");
    assert!(!places(text).iter().any(|p| p.0 == "الشمال الغربي"), "{:?}", places(text));
}

#[test]
fn a_country_named_after_a_direction_keeps_its_own_place() {
    let text = "قصفت الطائرات مواقع شرق سوريا.";
    let (canonical, scale, lat, lon) = place(text, "سوريا");
    let (_, _, syria_lat, syria_lon) = place("وصل الوفد إلى سوريا أمس.", "سوريا");
    assert_eq!((canonical.as_str(), scale), ("Syria (east)", "region"));
    assert!((lat - syria_lat).abs() < 0.5 && (lon - syria_lon).abs() < 0.5, "{lat} {lon}");
}

#[test]
fn a_place_s_mention_leaves_out_its_head_noun_and_the_word_occupied() {
    let text = "وقصفت الطائرات حي جوبر ومديرية رازح، ودوت صفارات الإنذار في الجولان السوري المحتل.";
    let spans: Vec<&str> = places(text).into_iter().map(|p| p.0).collect();
    assert_eq!(spans, ["جوبر", "رازح", "الجولان"]);
}
