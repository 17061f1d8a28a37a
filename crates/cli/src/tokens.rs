//! `marsad tokens`: what the text engine sees in a text, for a person debugging a match.

use std::io::{self, Read};
use std::process::ExitCode;

use anyhow::{Context, Result};
use marsad_text::clitic::{Role, Segmenter};
use marsad_text::fold::fold_key;
use marsad_text::offsets::CharIndex;
use marsad_text::stem::stem;
use marsad_text::token::{tokenize, TokenKind};
use serde::Serialize;

#[derive(Serialize)]
struct TokenView<'a> {
    kind: String,
    start: usize,
    end: usize,
    text: &'a str,
    folded: String,
    segments: Vec<SegmentView<'a>>,
    stem: String,
}

#[derive(Serialize)]
struct SegmentView<'a> {
    role: String,
    text: &'a str,
}

pub fn run(text: &str, json: bool) -> Result<ExitCode> {
    let input = if text == "-" { read_stdin()? } else { text.to_string() };
    let chars = CharIndex::new(&input);
    let mut segmenter = Segmenter::new();
    for token in tokenize(&input) {
        let written = token.text(&input);
        let segments = segmenter
            .segment(&input, &token)
            .iter()
            .map(|s| SegmentView { role: role_name(s.role), text: s.text(&input) })
            .collect();
        let view = TokenView {
            kind: format!("{:?}", token.kind).to_lowercase(),
            start: chars.char_offset(token.start),
            end: chars.char_offset(token.end),
            text: written,
            folded: fold_key(written),
            segments,
            stem: if token.kind == TokenKind::Word { stem(written) } else { String::new() },
        };
        print_view(&view, json)?;
    }
    Ok(ExitCode::SUCCESS)
}

fn read_stdin() -> Result<String> {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).context("reading standard input as UTF-8")?;
    Ok(input)
}

fn role_name(role: Role) -> String {
    format!("{role:?}").to_lowercase()
}

fn print_view(view: &TokenView, json: bool) -> Result<()> {
    if json {
        println!("{}", serde_json::to_string(view)?);
        return Ok(());
    }
    let segments: Vec<String> = view.segments.iter().map(|s| format!("{}:{}", s.role, s.text)).collect();
    println!(
        "{:>5}..{:<5} {:<8} {}\tfolded={}\tsegments=[{}]\tstem={}",
        view.start,
        view.end,
        view.kind,
        view.text,
        view.folded,
        segments.join(" "),
        view.stem
    );
    Ok(())
}
