//! One JSON Lines record to one [`Article`], with the repairs it needed.

use marsad_model::Article;
use serde::Deserialize;
use serde_json::Value;

use crate::date::normalise_date;
use crate::problem::{ProblemKind, Repair};

/// Longest excerpt of a bad value quoted in a message, so a message stays short.
const MAX_QUOTED_CHARS: usize = 40;

/// The fields marsad reads; others (`category`, `abstract`, …) are skipped by serde unread.
#[derive(Deserialize)]
struct RawRecord {
    id: Option<Value>,
    text: Option<Value>,
    title: Option<Value>,
    source: Option<Value>,
    url: Option<Value>,
    published: Option<Value>,
}

/// Where a record sits (for the id `STEM:LINE` of a record without one), and the default date.
pub(crate) struct RecordContext<'a> {
    pub stem: &'a str,
    pub line: u64,
    pub default_published: Option<&'a str>,
}

impl RecordContext<'_> {
    fn fallback_id(&self) -> String {
        format!("{}:{}", self.stem, self.line)
    }
}

/// Parses one non-blank line into an article and the repairs made to its fields.
pub(crate) fn parse_record(
    line: &str,
    context: &RecordContext<'_>,
) -> Result<(Article, Vec<Repair>), ProblemKind> {
    if !line.trim_start().starts_with('{') {
        return Err(ProblemKind::NotAnObject);
    }
    let raw: RawRecord = serde_json::from_str(line).map_err(malformed)?;
    let text = text_field(raw.text)?;
    let mut repairs = Vec::new();
    let article = Article {
        id: id_field(raw.id, context, &mut repairs),
        source: string_field("source", raw.source, &mut repairs),
        url: string_field("url", raw.url, &mut repairs),
        title: string_field("title", raw.title, &mut repairs),
        published: published_field(raw.published, context, &mut repairs),
        text,
    };
    Ok((article, repairs))
}

/// serde_json's message without its position, which counts lines of the single-line input.
fn malformed(err: serde_json::Error) -> ProblemKind {
    let full = err.to_string();
    let position = format!(" at line {} column {}", err.line(), err.column());
    let message = full.strip_suffix(&position).unwrap_or(&full);
    // serde_json saw one line as its whole input: its "EOF" is the end of the line.
    let message = message.replace("EOF while", "line ended while");
    ProblemKind::MalformedJson { message, column: err.column() }
}

fn text_field(value: Option<Value>) -> Result<String, ProblemKind> {
    match value {
        None | Some(Value::Null) => Err(ProblemKind::NoText { found: None }),
        Some(Value::String(text)) if text.trim().is_empty() => {
            Err(ProblemKind::NoText { found: Some("empty") })
        }
        Some(Value::String(text)) => Ok(text),
        Some(other) => Err(ProblemKind::NoText { found: Some(kind_of(&other)) }),
    }
}

/// The record's id as a string (numbers are common in exports), or the fallback.
fn id_field(value: Option<Value>, context: &RecordContext<'_>, repairs: &mut Vec<Repair>) -> String {
    match value {
        Some(Value::String(id)) if !id.trim().is_empty() => id,
        Some(Value::Number(number)) => number.to_string(),
        None | Some(Value::Null) | Some(Value::String(_)) => context.fallback_id(),
        Some(other) => {
            repairs.push(Repair::IgnoredField { field: "id", found: kind_of(&other) });
            context.fallback_id()
        }
    }
}

/// A metadata string; an empty one is as good as absent, and a number is written out.
fn string_field(field: &'static str, value: Option<Value>, repairs: &mut Vec<Repair>) -> Option<String> {
    match value? {
        Value::Null => None,
        Value::String(s) if s.trim().is_empty() => None,
        Value::String(s) => Some(s),
        Value::Number(number) => Some(number.to_string()),
        other => {
            repairs.push(Repair::IgnoredField { field, found: kind_of(&other) });
            None
        }
    }
}

/// The record's date as `YYYY-MM-DD`, or the default when it has none or an unreadable one.
fn published_field(
    value: Option<Value>,
    context: &RecordContext<'_>,
    repairs: &mut Vec<Repair>,
) -> Option<String> {
    let default = || context.default_published.map(str::to_string);
    match value {
        None | Some(Value::Null) => default(),
        Some(Value::String(s)) if s.trim().is_empty() => default(),
        Some(Value::String(s)) if normalise_date(&s).is_some() => normalise_date(&s),
        Some(other) => {
            repairs.push(Repair::UnparsablePublished { value: quote(&other), used: default() });
            default()
        }
    }
}

/// A value as JSON, cut short for a message (JSON escapes keep it on one line).
fn quote(value: &Value) -> String {
    let json = value.to_string();
    match json.char_indices().nth(MAX_QUOTED_CHARS) {
        Some((cut, _)) => format!("{}…", &json[..cut]),
        None => json,
    }
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(line: &str) -> Result<(Article, Vec<Repair>), ProblemKind> {
        let context = RecordContext { stem: "f", line: 1, default_published: Some("2018-05-01") };
        parse_record(line, &context)
    }

    #[test]
    fn fields_are_read_and_extra_fields_ignored() {
        let (article, repairs) = parse(
            r#"{"id":"a","title":"T","source":"s","url":"u","published":"2018-02-18T17:35:43Z","category":"c","text":"نص"}"#,
        )
        .unwrap();
        assert!(repairs.is_empty());
        assert_eq!(article.id, "a");
        assert_eq!(article.title.as_deref(), Some("T"));
        assert_eq!(article.source.as_deref(), Some("s"));
        assert_eq!(article.url.as_deref(), Some("u"));
        assert_eq!(article.published.as_deref(), Some("2018-02-18"));
        assert_eq!(article.text, "نص");
    }

    #[test]
    fn ids_are_stringified_or_replaced() {
        assert_eq!(parse(r#"{"id":42,"text":"x"}"#).unwrap().0.id, "42");
        assert_eq!(parse(r#"{"text":"x"}"#).unwrap().0.id, "f:1");
        assert_eq!(parse(r#"{"id":"","text":"x"}"#).unwrap().0.id, "f:1");
        let (article, repairs) = parse(r#"{"id":[1],"text":"x"}"#).unwrap();
        assert_eq!(article.id, "f:1");
        assert_eq!(repairs[0].to_string(), "ignored `id`: it is an array");
    }

    #[test]
    fn bad_dates_fall_back_with_a_note() {
        let (article, repairs) = parse(r#"{"text":"x","published":null}"#).unwrap();
        assert_eq!(article.published.as_deref(), Some("2018-05-01"));
        assert!(repairs.is_empty());
        let (article, repairs) = parse(r#"{"text":"x","published":"yesterday"}"#).unwrap();
        assert_eq!(article.published.as_deref(), Some("2018-05-01"));
        assert_eq!(repairs[0].to_string(), "`published` \"yesterday\" is not a date; used 2018-05-01");
        let long = format!(r#"{{"text":"x","published":"{}"}}"#, "9".repeat(100));
        let message = parse(&long).unwrap().1[0].to_string();
        assert!(message.len() < 120, "{message}");
    }

    #[test]
    fn missing_or_unusable_text_is_refused() {
        let no_text = |line| parse(line).unwrap_err().to_string();
        assert_eq!(no_text(r#"{"id":"a"}"#), "no text field");
        assert_eq!(no_text(r#"{"text":null}"#), "no text field");
        assert_eq!(no_text(r#"{"text":5}"#), "no text field (`text` is a number)");
        assert_eq!(no_text(r#"{"text":"  "}"#), "no text field (`text` is empty)");
    }

    #[test]
    fn malformed_lines_report_the_column() {
        let err = parse(r#"{"id": "a" "text": "x"}"#).unwrap_err();
        assert_eq!(err.to_string(), "malformed JSON (expected `,` or `}` at column 12)");
        assert_eq!(parse("[1, 2]").unwrap_err(), ProblemKind::NotAnObject);
        assert!(parse(r#"{"text":"x"} {"text":"y"}"#).is_err());
    }
}
