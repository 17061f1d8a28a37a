//! Validates the data files the text engine compiles in: well-formed TSV, allowed values, no
//! key that folds to nothing, no two entries that fold alike. Failures name `file:line`.

use std::collections::HashMap;

use marsad_text::clitic::PROTECTED_HEADER;
use marsad_text::fold::fold_key;
use marsad_text::stem::VARIANTS_HEADER;
use marsad_text::tsv::{self, Row};

const PROTECTED: (&str, &str) =
    ("data/protected-words.tsv", include_str!("../../../data/protected-words.tsv"));
const VARIANTS: (&str, &str) =
    ("data/spelling-variants.tsv", include_str!("../../../data/spelling-variants.tsv"));
const CLASSES: &[&str] = &["place", "country", "person", "org", "word"];

fn rows<'a>((file, content): (&str, &'a str), header: &[&str]) -> Vec<Row<'a>> {
    match tsv::parse(file, content, header) {
        Ok(rows) => rows,
        Err(errors) => panic!("\n{}", errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n")),
    }
}

/// Collects `file:line: problem` for keys that fold to nothing or to the same key as an earlier line.
fn key_problems(file: &str, rows: &[Row], column: usize) -> Vec<String> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut problems = Vec::new();
    for row in rows {
        let key = fold_key(row.get(column));
        if key.trim().is_empty() {
            problems.push(format!("{file}:{}: `{}` folds to nothing", row.line, row.get(column)));
        } else if let Some(first) = seen.insert(key.clone(), row.line) {
            problems.push(format!(
                "{file}:{}: `{}` folds like line {first} ({key})",
                row.line,
                row.get(column)
            ));
        }
    }
    problems
}

fn assert_no_problems(problems: Vec<String>) {
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

#[test]
fn protected_words_are_well_formed_and_distinct() {
    let rows = rows(PROTECTED, &PROTECTED_HEADER);
    let mut problems = key_problems(PROTECTED.0, &rows, 0);
    for row in &rows {
        if !CLASSES.contains(&row.get(1)) {
            problems.push(format!(
                "{}:{}: class `{}` is not one of {CLASSES:?}",
                PROTECTED.0,
                row.line,
                row.get(1)
            ));
        }
        if row.get(0).contains(' ') {
            problems.push(format!("{}:{}: `{}` is more than one word", PROTECTED.0, row.line, row.get(0)));
        }
    }
    assert_no_problems(problems);
}

#[test]
fn protected_words_could_each_be_mis_cut() {
    const PROCLITIC_LETTERS: &[char] = &['و', 'ف', 'ب', 'ك', 'ل', 'س', 'ا'];
    const ENCLITIC_ENDINGS: &[&str] = &["ه", "ها", "هم", "هما", "هن", "ك", "كم", "كن", "ي", "نا"];
    let problems: Vec<String> = rows(PROTECTED, &PROTECTED_HEADER)
        .iter()
        .filter(|row| {
            let word = fold_key(row.get(0));
            let starts = word.starts_with(PROCLITIC_LETTERS);
            let ends = ENCLITIC_ENDINGS.iter().any(|e| word.ends_with(e));
            !starts && !ends
        })
        .map(|row| {
            format!("{}:{}: `{}` has no letters a clitic rule could cut", PROTECTED.0, row.line, row.get(0))
        })
        .collect();
    assert_no_problems(problems);
}

#[test]
fn spelling_variants_are_well_formed_and_change_something() {
    let rows = rows(VARIANTS, &VARIANTS_HEADER);
    let mut problems = key_problems(VARIANTS.0, &rows, 0);
    for row in &rows {
        if fold_key(row.get(0)) == fold_key(row.get(1)) {
            problems.push(format!(
                "{}:{}: `{}` already folds like `{}`",
                VARIANTS.0,
                row.line,
                row.get(0),
                row.get(1)
            ));
        }
    }
    assert_no_problems(problems);
}
