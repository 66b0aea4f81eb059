use super::*;
use crate::formats::store::casus_plaintext;
use crate::model::{Age, Answer, Role};

const MAX: usize = DEFAULT_MAX_IMPORT_BYTES;

fn sample() -> Casus {
    let mut c = Casus::new();
    c.label = "Casus groep 6".into();
    c.role = Some(Role::Leraar);
    c.age = Some(Age {
        years: 9,
        months: 3,
    });
    c.notes = "Komt vaak te laat.".into();
    c.answers.insert("ouder_doet_mee".into(), Answer::Ja);
    c
}

fn encrypted_json() -> String {
    export_encrypted(&[7; 16], &[9; 12], &[1; 40], 600_000, 42).unwrap()
}

fn with(json: &str, edit: impl FnOnce(&mut Map<String, Value>)) -> String {
    let mut v: Value = serde_json::from_str(json).unwrap();
    edit(v.as_object_mut().unwrap());
    v.to_string()
}

#[test]
fn plain_export_round_trips() {
    let c = sample();
    let file = export_plain(&c, 1_767_225_600_000);
    assert!(file.contains("\"encrypted\": false"));
    assert_eq!(
        parse_export(&file, MAX).unwrap(),
        ExportFile::Plain {
            exported_at_ms: Some(1_767_225_600_000),
            casus: c.clone(),
            contacts: Vec::new(),
        }
    );
    // Bytes work the same as text, also with a byte-order mark.
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend_from_slice(file.as_bytes());
    assert!(matches!(
        parse_export(bom, MAX),
        Ok(ExportFile::Plain { .. })
    ));
    // An old case inside an export is migrated.
    let old = r#"{"format":"thuiswijzer-export","version":1,"encrypted":false,
                  "casus":{"schema":0,"titel":"Oud"}}"#;
    match parse_export(old, MAX).unwrap() {
        ExportFile::Plain {
            exported_at_ms,
            casus,
            ..
        } => {
            assert_eq!(exported_at_ms, None);
            assert_eq!(casus.label, "Oud");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn encrypted_export_round_trips() {
    let json = encrypted_json();
    let ExportFile::Encrypted(e) = parse_export(&json, MAX).unwrap() else {
        panic!("not encrypted");
    };
    assert_eq!(
        e,
        EncryptedExport {
            exported_at_ms: Some(42),
            iterations: 600_000,
            salt: vec![7; 16],
            iv: [9; 12],
            ciphertext: vec![1; 40],
            version: 1,
        }
    );
    let c = sample();
    assert_eq!(parse_decrypted_casus(&casus_plaintext(&c)).unwrap(), c);
}

#[test]
fn export_errors_are_distinct() {
    let enc = encrypted_json();
    let plain = export_plain(&sample(), 1);
    let cases: Vec<(String, ImportError)> = vec![
        ("".into(), ImportError::Empty),
        ("  \n".into(), ImportError::Empty),
        ("{".into(), ImportError::NotJson),
        ("\u{0}".into(), ImportError::NotJson),
        ("[]".into(), ImportError::WrongFormat),
        (
            with(&plain, |o| {
                o.insert("format".into(), "thuiswijzer-opslag".into());
            }),
            ImportError::WrongFormat,
        ),
        (
            with(&plain, |o| {
                o.insert("version".into(), (EXPORT_VERSION + 1).into());
            }),
            ImportError::FutureVersion { found: 3 },
        ),
        (
            with(&plain, |o| {
                o.insert("casus".into(), serde_json::json!({"schema": 5}));
            }),
            ImportError::FutureVersion { found: 5 },
        ),
        (
            with(&plain, |o| {
                o.remove("version");
            }),
            ImportError::MissingField { field: "version" },
        ),
        (
            with(&plain, |o| {
                o.insert("version".into(), 0.into());
            }),
            ImportError::InvalidField { field: "version" },
        ),
        (
            with(&plain, |o| {
                o.remove("encrypted");
            }),
            ImportError::MissingField { field: "encrypted" },
        ),
        (
            with(&plain, |o| {
                o.insert("encrypted".into(), "nee".into());
            }),
            ImportError::InvalidField { field: "encrypted" },
        ),
        (
            with(&plain, |o| {
                o.insert("exported_at_ms".into(), (-1).into());
            }),
            ImportError::InvalidField {
                field: "exported_at_ms",
            },
        ),
        (
            with(&plain, |o| {
                o.remove("casus");
            }),
            ImportError::MissingField { field: "casus" },
        ),
        (
            with(&plain, |o| {
                o.insert("casus".into(), serde_json::json!({"age": "negen"}));
            }),
            ImportError::InvalidCase,
        ),
        (
            with(&enc, |o| {
                o.insert("casus".into(), serde_json::json!({}));
            }),
            ImportError::InvalidField { field: "casus" },
        ),
        (
            with(&enc, |o| {
                o.remove("kdf");
            }),
            ImportError::MissingField { field: "kdf" },
        ),
        (
            with(&enc, |o| {
                o.insert("kdf".into(), "pbkdf2".into());
            }),
            ImportError::InvalidField { field: "kdf" },
        ),
        (
            with(&enc, |o| {
                o["kdf"]["name"] = "scrypt".into();
            }),
            ImportError::UnsupportedAlgorithm { field: "kdf.name" },
        ),
        (
            with(&enc, |o| {
                o["kdf"]["iterations"] = 100_000.into();
            }),
            ImportError::WeakKdf {
                iterations: 100_000,
            },
        ),
        (
            with(&enc, |o| {
                o["kdf"]["iterations"] = 4_000_000_000u32.into();
            }),
            ImportError::TooManyIterations {
                iterations: 4_000_000_000,
            },
        ),
        (
            with(&enc, |o| {
                o["kdf"]["iterations"] = "600000".into();
            }),
            ImportError::InvalidField {
                field: "kdf.iterations",
            },
        ),
        (
            with(&enc, |o| {
                o["kdf"].as_object_mut().unwrap().remove("salt");
            }),
            ImportError::MissingField { field: "kdf.salt" },
        ),
        (
            with(&enc, |o| {
                o["kdf"]["salt"] = b64_encode(&[1; 8]).into();
            }),
            ImportError::BadSaltLength { len: 8 },
        ),
        (
            with(&enc, |o| {
                o["kdf"]["salt"] = "nog geen base64".into();
            }),
            ImportError::BadBase64 { field: "kdf.salt" },
        ),
        (
            with(&enc, |o| {
                o["cipher"]["name"] = "AES-CBC".into();
            }),
            ImportError::UnsupportedAlgorithm {
                field: "cipher.name",
            },
        ),
        (
            with(&enc, |o| {
                o["cipher"]["iv"] = b64_encode(&[1; 16]).into();
            }),
            ImportError::BadIvLength { len: 16 },
        ),
        (
            with(&enc, |o| {
                o["cipher"]["iv"] = "AAAA*AAAAAAAAAAA".into();
            }),
            ImportError::BadBase64 { field: "cipher.iv" },
        ),
        (
            with(&enc, |o| {
                o.remove("cipher");
            }),
            ImportError::MissingField { field: "cipher" },
        ),
        (
            with(&enc, |o| {
                o.remove("data");
            }),
            ImportError::MissingField { field: "data" },
        ),
        (
            with(&enc, |o| {
                o.insert("data".into(), "%%%%".into());
            }),
            ImportError::BadBase64 { field: "data" },
        ),
        (
            with(&enc, |o| {
                o.insert("data".into(), b64_encode(&[1; 15]).into());
            }),
            ImportError::CiphertextTooShort { len: 15 },
        ),
    ];
    for (input, want) in cases {
        assert_eq!(parse_export(&input, MAX), Err(want.clone()), "{input}");
        assert!(!want.message().is_empty());
    }
    // Too large is checked before parsing: garbage that is too long says "too large".
    let big = vec![b'x'; 101];
    assert_eq!(
        parse_export(&big, 100),
        Err(ImportError::TooLarge { len: 101, max: 100 })
    );
    assert_eq!(parse_export(&big[..100], 100), Err(ImportError::NotJson));
    assert_eq!(
        parse_export([0xffu8, 0xfe], MAX),
        Err(ImportError::NotJson),
        "not UTF-8"
    );
}

#[test]
fn import_messages_are_distinct_dutch_sentences() {
    let all = [
        ImportError::TooLarge { len: 2, max: 1 },
        ImportError::Empty,
        ImportError::NotJson,
        ImportError::WrongFormat,
        ImportError::FutureVersion { found: 2 },
        ImportError::MissingField { field: "x" },
        ImportError::InvalidField { field: "x" },
        ImportError::UnsupportedAlgorithm { field: "x" },
        ImportError::WeakKdf { iterations: 1 },
        ImportError::TooManyIterations { iterations: 1 },
        ImportError::BadSaltLength { len: 1 },
        ImportError::BadBase64 { field: "x" },
        ImportError::CiphertextTooShort { len: 1 },
        ImportError::InvalidCase,
        ImportError::WrongPassphraseOrTampered,
    ];
    for (i, a) in all.iter().enumerate() {
        for b in &all[i + 1..] {
            assert_ne!(a.message(), b.message(), "{a:?} / {b:?}");
        }
        assert!(a.message().ends_with('.'), "{a:?}");
        assert_eq!(a.to_string(), a.message());
    }
    assert!(ImportError::WrongPassphraseOrTampered
        .message()
        .contains("wachtwoord"));
}

#[test]
fn export_encrypted_refuses_what_import_would_refuse() {
    assert_eq!(
        export_encrypted(&[0; 16], &[0; 12], &[0; 16], 599_999, 0),
        Err(ImportError::WeakKdf {
            iterations: 599_999
        })
    );
    assert_eq!(
        export_encrypted(&[0; 15], &[0; 12], &[0; 16], 600_000, 0),
        Err(ImportError::BadSaltLength { len: 15 })
    );
    assert_eq!(
        export_encrypted(&[0; 16], &[0; 11], &[0; 16], 600_000, 0),
        Err(ImportError::BadIvLength { len: 11 })
    );
    assert_eq!(
        export_encrypted(&[0; 16], &[0; 12], &[0; 15], 600_000, 0),
        Err(ImportError::CiphertextTooShort { len: 15 })
    );
    assert!(export_encrypted(&[0; 64], &[0; 12], &[0; 16], 10_000_000, 0).is_ok());
}

#[test]
fn decrypted_plaintext_is_checked() {
    assert_eq!(
        parse_decrypted_casus(b"\xff\xfe"),
        Err(ImportError::InvalidCase)
    );
    assert_eq!(parse_decrypted_casus(b"[]"), Err(ImportError::InvalidCase));
    assert_eq!(
        parse_decrypted_casus(br#"{"schema":4}"#),
        Err(ImportError::FutureVersion { found: 4 })
    );
    assert_eq!(
        parse_decrypted_casus(br#"{"schema":0,"notities":"x"}"#)
            .unwrap()
            .notes,
        "x"
    );
}
