//! The plain TSV format of marsad's data files (`data/*.tsv`).
//!
//! A data file starts with `#` comment lines (what it is, where it comes from), then a header
//! line naming the columns, then one entry per line, fields separated by tabs. Blank lines and
//! further `#` lines are allowed. Every problem is reported as `file:line: message`.

use std::fmt;

/// One data line: its 1-based line number and its fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row<'a> {
    pub line: usize,
    pub fields: Vec<&'a str>,
}

impl<'a> Row<'a> {
    /// The field in `column` (an index into the header); empty when absent.
    pub fn get(&self, column: usize) -> &'a str {
        self.fields.get(column).copied().unwrap_or("")
    }
}

/// A problem in a data file, located by file and line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TsvError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl TsvError {
    pub fn new(file: &str, line: usize, message: impl Into<String>) -> Self {
        TsvError { file: file.to_string(), line, message: message.into() }
    }
}

impl fmt::Display for TsvError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

impl std::error::Error for TsvError {}

/// Parses `content` (the text of `file`), whose header must be exactly `header`. Returns the
/// data rows, or every malformed line.
pub fn parse<'a>(file: &str, content: &'a str, header: &[&str]) -> Result<Vec<Row<'a>>, Vec<TsvError>> {
    let mut rows = Vec::new();
    let mut errors = Vec::new();
    let mut seen_header = false;
    for (index, raw) in content.lines().enumerate() {
        let line = index + 1;
        let text = raw.strip_suffix('\r').unwrap_or(raw);
        if text.trim().is_empty() || text.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = text.split('\t').collect();
        let error = |message: String| TsvError { file: file.to_string(), line, message };
        if !seen_header {
            seen_header = true;
            if fields != header {
                errors.push(error(format!("header is {:?}, expected {:?}", fields, header)));
            }
            continue;
        }
        if fields.len() != header.len() {
            errors.push(error(format!(
                "{} fields, expected {} ({})",
                fields.len(),
                header.len(),
                header.join(", ")
            )));
        } else if fields.iter().any(|f| f.trim() != *f) {
            errors.push(error("a field has leading or trailing white space".to_string()));
        } else {
            rows.push(Row { line, fields });
        }
    }
    if !seen_header {
        errors.push(TsvError { file: file.to_string(), line: 1, message: "no header line".to_string() });
    }
    if errors.is_empty() {
        Ok(rows)
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_rows_after_comments_and_header() {
        let content = "# about\nword\tnote\nبغداد\tBaghdad\n\n# more\nكركوك\tKirkuk\r\n";
        let rows = parse("x.tsv", content, &["word", "note"]).unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[1].line, 6);
        assert_eq!(rows[1].get(1), "Kirkuk");
    }

    #[test]
    fn reports_file_and_line_of_every_malformed_entry() {
        let content = "word\tnote\nبغداد\nكركوك\tKirkuk\tx\nليبيا \tLibya\n";
        let errors = parse("data/x.tsv", content, &["word", "note"]).unwrap_err();
        let shown: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        assert_eq!(shown.len(), 3);
        assert!(shown[0].starts_with("data/x.tsv:2: 1 fields"), "{}", shown[0]);
        assert!(shown[1].starts_with("data/x.tsv:3: 3 fields"), "{}", shown[1]);
        assert!(shown[2].starts_with("data/x.tsv:4: a field has"), "{}", shown[2]);
    }

    #[test]
    fn a_wrong_or_missing_header_is_an_error() {
        assert!(parse("x.tsv", "name\tnote\n", &["word", "note"]).is_err());
        assert!(parse("x.tsv", "# only comments\n", &["word"]).is_err());
    }
}
