//! What the passes over a text report: the kind of identifier, how sure, and where. Every
//! pass (one file per kind) pushes findings here; `mod.rs` resolves overlaps into warnings.

/// What kind of identifier a warning is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum IdentifierKind {
    Bsn,
    Telefoon,
    Email,
    /// A postcode, alone or with a house number or street: (part of) an address.
    PostcodeHuisnummer,
    Iban,
    /// A date that looks like a child's or young adult's birth date.
    Geboortedatum,
    Voornaam,
    /// A surname, with the first name, initials or tussenvoegsel written with it.
    Achternaam,
    /// Not an identifier: a hidden character that changes the reading direction (bidi control).
    Leesrichting,
}

impl IdentifierKind {
    /// Higher is more specific; used when two findings overlap.
    pub(super) fn specificity(self) -> u8 {
        match self {
            IdentifierKind::Leesrichting => 8,
            IdentifierKind::Email => 7,
            IdentifierKind::Iban => 6,
            IdentifierKind::PostcodeHuisnummer => 5,
            IdentifierKind::Telefoon => 4,
            IdentifierKind::Bsn => 3,
            IdentifierKind::Geboortedatum => 2,
            IdentifierKind::Achternaam => 1,
            IdentifierKind::Voornaam => 0,
        }
    }
}

/// How sure the scan is. `Mogelijk` findings are common in harmless text too (any 9-digit
/// number passes the elfproef with a chance of about 1 in 11).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Strength {
    Mogelijk,
    Sterk,
}

// A finding before overlaps are resolved.
#[derive(Clone, Copy, Debug)]
pub(super) struct Finding {
    pub kind: IdentifierKind,
    pub strength: Strength,
    pub start: usize,
    pub end: usize,
}

pub(super) fn push(
    out: &mut Vec<Finding>,
    kind: IdentifierKind,
    strength: Strength,
    start: usize,
    end: usize,
) {
    out.push(Finding {
        kind,
        strength,
        start,
        end,
    });
}
