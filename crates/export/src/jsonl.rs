//! Event rows as JSON Lines: one flat object per row, members in column order.

use crate::row::EventRow;
use crate::ExportError;

/// The row as one line of JSON, without the newline. Empty columns are `null`.
pub fn json_line(row: &EventRow) -> Result<String, ExportError> {
    Ok(serde_json::to_string(row)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{acled_table, sample_record, SENTENCE_2};
    use crate::row::event_rows;
    use serde_json::Value;

    #[test]
    fn a_line_is_a_flat_object_of_the_row() {
        let rows = event_rows(&sample_record(), &acled_table());
        let line = json_line(&rows[2]).unwrap();
        assert!(!line.contains('\n'));
        let object: Value = serde_json::from_str(&line).unwrap();
        assert!(object.as_object().unwrap().values().all(|v| !v.is_object() && !v.is_array()));
        assert_eq!(object["event_id"], "wire-17-2");
        assert_eq!(object["plover_type"], "DEMAND");
        assert_eq!(object["actor1"], "Council of Elders");
        assert_eq!(object["event_date"], "2019-03-05");
        assert_eq!(object["time_precision"], 2);
        assert_eq!(object["latitude"], Value::Null);
        assert_eq!(object["acled_event_type"], Value::Null);
        assert_eq!(object["negated"], false);
        assert_eq!(object["evidence"], SENTENCE_2);
    }
}
