//! The lexicon data must be clean: every malformed line, duplicate alias or alias that folds
//! to nothing fails this test with its `file:line`.

use marsad_lexicon::{check, cues, data};

#[test]
fn every_data_file_reads_cleanly() {
    let (lexicon, mut problems) = data::load();
    problems.extend(check::check(&lexicon));
    let report: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    assert!(report.is_empty(), "{} problem(s):\n{}", report.len(), report.join("\n"));
}

#[test]
fn the_lexicon_covers_the_region() {
    let (lexicon, _) = data::load();
    assert!(lexicon.places.iter().filter(|p| p.country.as_deref() == Some("SY")).count() >= 300);
    assert!(lexicon.places.iter().filter(|p| p.country.as_deref() == Some("IQ")).count() >= 200);
    // The other wars of the region's coverage: Yemen, Libya, Gaza and the West Bank, Lebanon.
    // And the wars beyond it: Afghanistan, Pakistan, Iran, Turkey, Nigeria and the Sahel.
    let wars = [("YE", 250), ("LY", 150), ("PS", 150), ("LB", 100), ("AF", 120), ("PK", 70), ("IR", 80)];
    for (country, at_least) in wars.into_iter().chain([("TR", 60), ("NG", 100), ("ML", 30)]) {
        let count = lexicon.places.iter().filter(|p| p.country.as_deref() == Some(country)).count();
        assert!(count >= at_least, "{country}: {count} places");
    }
    assert!(lexicon.places.iter().filter(|p| p.scale == "country").count() >= 190);
    assert!(lexicon.actors.len() >= 500);
}

#[test]
fn every_cue_file_reads_cleanly() {
    let (lexicon, _) = data::load();
    let (cue_data, mut problems) = cues::load(&lexicon.unnamed_sources);
    problems.extend(cues::check(&cue_data));
    let report: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    assert!(report.is_empty(), "{} problem(s):\n{}", report.len(), report.join("\n"));
}
