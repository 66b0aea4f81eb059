//! Numbers typed by the user: whole numbers within a range, and the Dutch message when they
//! are not. The ranges of the number fields of the case are here, once.

use crate::content::catalogue;
use crate::model::Age;

/// A number field of the case: its range and how the message names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NumberField {
    pub min: u8,
    pub max: u8,
    /// The field in the message: "Vul bij {name} een heel getal in …".
    pub what: Field,
}

/// How a message names a number field (`[number_fields]` in `screens.toml`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    AgeYears,
    AgeMonths,
    SiblingCount,
    SiblingMonths,
    SiblingAge,
}

impl Field {
    pub fn name(self) -> &'static str {
        let t = &catalogue().screens.number_fields;
        match self {
            Field::AgeYears => &t.age_years,
            Field::AgeMonths => &t.age_months,
            Field::SiblingCount => &t.sibling_count,
            Field::SiblingMonths => &t.sibling_months,
            Field::SiblingAge => &t.sibling_age,
        }
    }
}

pub const AGE_YEARS: NumberField = NumberField {
    min: 0,
    max: 23,
    what: Field::AgeYears,
};
pub const AGE_MONTHS: NumberField = NumberField {
    min: 0,
    max: 11,
    what: Field::AgeMonths,
};
pub const SIBLING_COUNT: NumberField = NumberField {
    min: 0,
    max: 15,
    what: Field::SiblingCount,
};
pub const SIBLING_MONTHS: NumberField = NumberField {
    min: 0,
    max: 11,
    what: Field::SiblingMonths,
};
pub const SIBLING_AGE: NumberField = NumberField {
    min: 0,
    max: 30,
    what: Field::SiblingAge,
};

impl NumberField {
    /// An empty field is no answer (`Ok(None)`); anything else must be a whole number in the
    /// range. `Err` is the Dutch message.
    pub fn parse(self, raw: &str) -> Result<Option<u8>, String> {
        let t = raw.trim();
        if t.is_empty() {
            return Ok(None);
        }
        match t.parse::<u8>() {
            Ok(n) if (self.min..=self.max).contains(&n) => Ok(Some(n)),
            _ => Err(catalogue().screens.number_fields.whole_number.fill(&[
                &self.what.name(),
                &self.min,
                &self.max,
            ])),
        }
    }
}

/// The age from its two fields: no years is no age; no months is 0 months.
pub fn age(years: Option<u8>, months: Option<u8>) -> Option<Age> {
    years.map(|years| Age {
        years,
        months: months.unwrap_or(0),
    })
}

/// A number of days for a setting (required), within `min..=max`; `Err` is the Dutch message.
pub fn parse_days(raw: &str, min: u32, max: u32) -> Result<u32, String> {
    match raw.trim().parse::<u32>() {
        Ok(d) if (min..=max).contains(&d) => Ok(d),
        _ => Err(catalogue().screens.number_fields.days.fill(&[&min, &max])),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_field_is_no_answer_and_a_number_in_range_is_taken() {
        assert_eq!(AGE_YEARS.parse(""), Ok(None));
        assert_eq!(AGE_YEARS.parse("   "), Ok(None));
        assert_eq!(AGE_YEARS.parse(" 7 "), Ok(Some(7)));
        assert_eq!(AGE_YEARS.parse("0"), Ok(Some(0)));
        assert_eq!(AGE_YEARS.parse("23"), Ok(Some(23)));
        assert_eq!(AGE_MONTHS.parse("11"), Ok(Some(11)));
        assert_eq!(SIBLING_AGE.parse("30"), Ok(Some(30)));
    }

    #[test]
    fn anything_else_gets_one_dutch_message_naming_the_field_and_range() {
        for bad in ["24", "-1", "7,5", "7.5", "zeven", "1e2", "300"] {
            assert_eq!(
                AGE_YEARS.parse(bad),
                Err("Vul bij leeftijd in jaren een heel getal in van 0 tot en met 23.".into()),
                "{bad}"
            );
        }
        assert_eq!(
            AGE_MONTHS.parse("12"),
            Err("Vul bij maanden een heel getal in van 0 tot en met 11.".into())
        );
        assert_eq!(
            SIBLING_COUNT.parse("16"),
            Err("Vul bij aantal broers en zussen een heel getal in van 0 tot en met 15.".into())
        );
    }

    #[test]
    fn the_age_needs_years_and_months_default_to_zero() {
        assert_eq!(age(None, Some(3)), None);
        assert_eq!(
            age(Some(4), None),
            Some(Age {
                years: 4,
                months: 0
            })
        );
        assert_eq!(
            age(Some(4), Some(6)),
            Some(Age {
                years: 4,
                months: 6
            })
        );
    }

    #[test]
    fn days_are_required_and_within_the_range() {
        assert_eq!(parse_days(" 30 ", 1, 365), Ok(30));
        assert_eq!(parse_days("1", 1, 365), Ok(1));
        assert_eq!(parse_days("365", 1, 365), Ok(365));
        for bad in ["", "0", "366", "dertig", "-5", "3.5"] {
            assert_eq!(
                parse_days(bad, 1, 365),
                Err("Vul een heel aantal dagen in van 1 tot en met 365.".into()),
                "{bad}"
            );
        }
    }
}
