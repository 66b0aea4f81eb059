//! The Dutch messages of the identifier warnings, in one table: what was found, why it matters
//! and what to do, at B1 level. A warning never blocks.

use super::finding::{IdentifierKind, Strength};

/// The Dutch message for a kind and strength.
pub(super) fn message_for(kind: IdentifierKind, strength: Strength) -> &'static str {
    use IdentifierKind as K;
    use Strength::{Mogelijk, Sterk};
    match (kind, strength) {
        (K::Bsn, Sterk) => {
            "Dit lijkt op een BSN (9 cijfers die de elfproef halen, met het woord BSN in de buurt). \
             Een BSN hoort hier niet: u mag het alleen gebruiken als een wet dat toestaat. \
             Haal het nummer weg."
        }
        (K::Bsn, Mogelijk) => {
            "Dit lijkt op een BSN (9 cijfers die de elfproef halen). Een BSN hoort hier niet: \
             u mag het alleen gebruiken als een wet dat toestaat. Is het een ander nummer? \
             Dan kunt u deze melding negeren."
        }
        (K::Telefoon, Sterk) => {
            "Dit lijkt op een telefoonnummer. Met een telefoonnummer is iemand te vinden. \
             Schrijf liever wie het is, zoals 'moeder' of 'de huisarts'."
        }
        (K::Telefoon, Mogelijk) => {
            "Dit kan een telefoonnummer zijn (10 cijfers die met 0 beginnen). Met een \
             telefoonnummer is iemand te vinden. Haal het weg als het een telefoonnummer is."
        }
        (K::Email, _) => {
            "Dit is een e-mailadres. Een e-mailadres hoort bij één persoon of gezin. \
             Haal het weg."
        }
        (K::PostcodeHuisnummer, Sterk) => {
            "Dit lijkt op een adres (postcode met huisnummer, of straat met huisnummer). \
             Met een adres is een gezin te vinden. Noem liever alleen de gemeente, of niets."
        }
        (K::PostcodeHuisnummer, Mogelijk) => {
            "Dit kan een postcode of adres zijn. Een postcode maakt een gezin al snel \
             herkenbaar. Haal het weg als het een adres is."
        }
        (K::Iban, _) => {
            "Dit is een bankrekeningnummer (IBAN, de controle klopt). Een rekeningnummer hoort \
             bij één persoon of gezin. Haal het weg."
        }
        (K::Geboortedatum, Sterk) => {
            "Dit lijkt op een geboortedatum. Een geboortedatum maakt een kind snel herkenbaar. \
             Schrijf liever de leeftijd, zoals '9 jaar'."
        }
        (K::Geboortedatum, Mogelijk) => {
            "Deze datum kan een geboortedatum zijn (het jaar past bij een kind of jongere). \
             Is het een geboortedatum? Schrijf dan liever de leeftijd, zoals '9 jaar'."
        }
        (K::Achternaam, Sterk) => {
            "Dit lijkt op een naam: een achternaam, met een voornaam, voorletters of 'mevrouw' \
             of 'meneer' ervoor. Met een naam is iemand direct te herkennen. Schrijf liever \
             wie het is, zoals 'moeder', 'de leerkracht' of 'de buurvrouw'."
        }
        (K::Achternaam, Mogelijk) => {
            "Dit kan een achternaam zijn (een woord met een hoofdletter na 'de', 'van' of \
             'ter'). Met een naam is iemand te herkennen. Is het een naam? Haal hem dan weg. \
             Is het een plaats of een instelling? Dan kunt u deze melding negeren."
        }
        (K::Leesrichting, Sterk) => {
            "Dit is een onzichtbaar teken dat de leesrichting van tekst verandert. Daardoor \
             kan tekst op het scherm of op papier anders lijken dan wat er staat, ook de tekst \
             van Thuiswijzer zelf. Typ de tekst opnieuw, zonder kopiëren en plakken."
        }
        (K::Leesrichting, Mogelijk) => {
            "Dit is een onzichtbaar teken voor de leesrichting, maar in de tekst staat geen \
             Arabisch of Hebreeuws schrift. Zo'n teken kan tekst anders laten lijken dan wat \
             er staat. Typ de tekst opnieuw als u het teken niet zelf hebt gezet."
        }
        (K::Voornaam, _) => {
            "Dit kan een voornaam zijn. Met een naam is iemand te herkennen. Schrijf liever \
             wie het is, zoals 'het kind', 'moeder' of 'de oudste broer'."
        }
    }
}

#[cfg(test)]
mod tests {
    use super::message_for;
    use super::{IdentifierKind, Strength};

    #[test]
    fn every_message_says_what_was_found_and_why() {
        use IdentifierKind as K;
        for k in [
            K::Bsn,
            K::Telefoon,
            K::Email,
            K::PostcodeHuisnummer,
            K::Iban,
            K::Geboortedatum,
            K::Voornaam,
            K::Achternaam,
            K::Leesrichting,
        ] {
            for s in [Strength::Mogelijk, Strength::Sterk] {
                let m = message_for(k, s);
                assert!(
                    m.starts_with("Dit ") || m.starts_with("Deze "),
                    "{k:?}: {m}"
                );
                assert!(m.ends_with('.'), "{k:?}: {m}");
                assert!(m.split(". ").count() >= 2, "what and why: {k:?}: {m}");
            }
        }
    }
}
