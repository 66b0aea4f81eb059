//! "Mijn casussen en privacy": keep the case on this device or not, the saved cases with their
//! expiry, delete one, wipe everything, export and import (optionally encrypted).

use super::app::{set_title, AppState};
use super::persist;
use crate::formats::export::{
    export_encrypted, export_plain, parse_decrypted_casus, parse_export, ExportFile,
    DEFAULT_MAX_IMPORT_BYTES,
};
use crate::formats::import_error::ImportError;
use crate::formats::lock::{PassphraseError, MIN_PASSPHRASE_CHARS};
use crate::formats::settings::{MAX_EXPIRY_DAYS, MIN_EXPIRY_DAYS};
use crate::formats::store::casus_plaintext;
use crate::store::{self, crypto, Stored};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

/// A date as dd-mm-jjjj from Unix milliseconds.
pub fn date_nl(ms: u64) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    format!(
        "{:02}-{:02}-{}",
        d.get_date(),
        d.get_month() + 1,
        d.get_full_year()
    )
}

/// The list of saved cases with open and delete (with confirmation).
#[component]
pub fn CaseList() -> impl IntoView {
    let state = expect_context::<AppState>();
    let confirm = RwSignal::new(None::<String>);
    let navigate = use_navigate();
    let cases = move || {
        state
            .stored
            .with(|s| s.envelope().map(|e| e.cases).unwrap_or_default())
    };
    view! {
        {move || {
            let list = cases();
            if list.is_empty() {
                return view! { <p>"Er zijn geen casussen op dit apparaat bewaard."</p> }.into_any();
            }
            let navigate = navigate.clone();
            view! {
                <table class="case-list">
                    <thead><tr>
                        <th scope="col">"Casus"</th><th scope="col">"Laatst gewijzigd"</th>
                        <th scope="col">"Wordt gewist op"</th><th scope="col"><span class="visually-hidden">"Acties"</span></th>
                    </tr></thead>
                    <tbody>
                        {list.into_iter().map(|c| {
                            let label = if c.casus.label.trim().is_empty() { "Casus zonder label".to_string() } else { c.casus.label.clone() };
                            let id_open = c.id.clone();
                            let id_del = c.id.clone();
                            let id_yes = c.id.clone();
                            let id_show = c.id.clone();
                            let is_open = state.case_id.with(|cur| cur.as_deref() == Some(c.id.as_str()));
                            let navigate = navigate.clone();
                            let label2 = label.clone();
                            view! {
                                <tr>
                                    <td>{label.clone()}{is_open.then(|| view! { <span class="tag">"open"</span> })}</td>
                                    <td>{date_nl(c.saved_at_ms)}</td>
                                    <td>{date_nl(c.expires_at_ms())}</td>
                                    <td class="row-actions">
                                        <button type="button" class="secondary" on:click=move |_| {
                                            persist::open_saved(state, &id_open);
                                            navigate("/casus", Default::default());
                                        }>"Openen"<span class="visually-hidden">{format!(" {label2}")}</span></button>
                                        " "
                                        {move || if confirm.get().as_deref() == Some(id_show.as_str()) {
                                            let id_yes = id_yes.clone();
                                            view! {
                                                <span role="group" aria-label="Bevestig verwijderen">
                                                    "Weet u het zeker? "
                                                    <button type="button" class="danger-button" on:click=move |_| { persist::delete_saved(state, &id_yes); confirm.set(None); }>"Ja, verwijder"</button>
                                                    " "
                                                    <button type="button" class="secondary" on:click=move |_| confirm.set(None)>"Annuleer"</button>
                                                </span>
                                            }.into_any()
                                        } else {
                                            let id_del = id_del.clone();
                                            let l = label.clone();
                                            view! {
                                                <button type="button" class="secondary" on:click=move |_| confirm.set(Some(id_del.clone()))>
                                                    "Verwijderen"<span class="visually-hidden">{format!(" {l}")}</span>
                                                </button>
                                            }.into_any()
                                        }}
                                    </td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            }.into_any()
        }}
    }
}

/// The switch "Bewaar op dit apparaat" for the open case.
#[component]
pub fn KeepToggle() -> impl IntoView {
    let state = expect_context::<AppState>();
    let saved = move || state.case_id.with(|id| id.is_some());
    let days = move || {
        state
            .stored
            .with(|s| s.envelope().map(|e| e.settings.expiry_days).unwrap_or(30))
    };
    view! {
        <div class="keep-toggle">
            <div class="choice">
                <input
                    type="checkbox"
                    id="bewaar-op-apparaat"
                    prop:checked=saved
                    aria-describedby="bewaar-uitleg"
                    on:change=move |ev| if event_target_checked(&ev) { persist::keep_on_device(state) } else { persist::forget_on_device(state) }
                />
                <label for="bewaar-op-apparaat">"Bewaar deze casus op dit apparaat"</label>
            </div>
            <p class="hint" id="bewaar-uitleg">
                {move || if saved() {
                    format!("Bewaard in deze browser, niet op een server. Na {} dagen zonder wijziging wordt de casus gewist. De browser kan bewaarde gegevens ook zelf wissen: exporteer of print wat u nodig heeft.", days())
                } else {
                    "Niet bewaard: de casus staat alleen in dit tabblad en verdwijnt als u het tabblad sluit.".to_string()
                }}
            </p>
        </div>
    }
}

fn import_message(e: &ImportError) -> String {
    e.message().to_string()
}

#[component]
pub fn DataPage() -> impl IntoView {
    set_title("Mijn casussen en privacy");
    super::start::show_static_hero(false);
    let state = expect_context::<AppState>();
    let export_pass = RwSignal::new(String::new());
    let export_msg = RwSignal::new(None::<String>);
    let import_pass = RwSignal::new(String::new());
    let import_msg = RwSignal::new(None::<(bool, String)>);
    // Counts import results, so a repeated message is still announced as new.
    let import_seq = RwSignal::new(0u32);
    Effect::new(move |_| {
        if import_msg.with(|m| m.is_some()) {
            import_seq.update(|n| *n += 1);
        }
    });
    let days_raw = RwSignal::new(
        state
            .stored
            .with_untracked(|s| s.envelope().map(|e| e.settings.expiry_days).unwrap_or(30))
            .to_string(),
    );
    let days_msg = RwSignal::new(None::<(bool, String)>);
    let pending_import = RwSignal::new(None::<Vec<u8>>);

    let do_export = move |_| {
        let casus = state.casus.get_untracked();
        let pass = export_pass.get_untracked();
        let now = store::now_ms();
        let name = format!("thuiswijzer-casus-{}.json", date_nl(now));
        if pass.is_empty() {
            store::download(&name, &export_plain(&casus, now), "application/json");
            export_msg.set(Some(
                "Het bestand is gemaakt, zonder wachtwoord. Bewaar het op een veilige plek.".into(),
            ));
            return;
        }
        if pass.chars().count() < MIN_PASSPHRASE_CHARS {
            export_msg.set(Some(PassphraseError::TooShort.message().into()));
            return;
        }
        export_msg.set(Some("Het bestand wordt versleuteld…".into()));
        leptos::task::spawn_local(async move {
            match crypto::encrypt(&pass, &casus_plaintext(&casus)).await {
                Ok((salt, iv, ct, it)) => match export_encrypted(&salt, &iv, &ct, it, now) {
                    Ok(text) => {
                        store::download(&name, &text, "application/json");
                        export_msg.set(Some("Het versleutelde bestand is gemaakt. Zonder het wachtwoord kan niemand het openen, ook u niet.".into()));
                    }
                    Err(e) => export_msg.set(Some(import_message(&e))),
                },
                Err(_) => export_msg.set(Some(
                    "Versleutelen lukt niet in deze browser. Er is geen bestand gemaakt.".into(),
                )),
            }
        });
    };

    let finish_import = move |bytes: Vec<u8>| {
        let pass = import_pass.get_untracked();
        leptos::task::spawn_local(async move {
            let result: Result<crate::model::Casus, ImportError> = match parse_export(
                &bytes,
                DEFAULT_MAX_IMPORT_BYTES,
            ) {
                Err(e) => Err(e),
                Ok(ExportFile::Plain { casus, .. }) => Ok(casus),
                Ok(ExportFile::Encrypted(file)) => {
                    if pass.is_empty() {
                        pending_import.set(Some(bytes.clone()));
                        import_msg.set(Some((false, "Dit bestand is versleuteld. Vul het wachtwoord in en kies ‘Importeer’.".into())));
                        return;
                    }
                    match crypto::decrypt(&pass, &file).await {
                        Ok(plain) => parse_decrypted_casus(&plain),
                        Err(_) => Err(ImportError::WrongPassphraseOrTampered),
                    }
                }
            };
            match result {
                Ok(casus) => {
                    if !persist::confirm_replace(state) {
                        import_msg.set(Some((
                            false,
                            "Niet geïmporteerd: de open casus is blijven staan.".into(),
                        )));
                        return;
                    }
                    state.conflict.set(false);
                    state.case_id.set(None);
                    state.base_saved_at.set(None);
                    state.casus.set(casus);
                    pending_import.set(None);
                    import_msg.set(Some((
                        true,
                        "De casus is geïmporteerd en staat nu open in dit tabblad.".into(),
                    )));
                }
                Err(e) => import_msg.set(Some((false, import_message(&e)))),
            }
        });
    };

    let on_file = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        leptos::task::spawn_local(async move {
            match store::read_file(&file, DEFAULT_MAX_IMPORT_BYTES).await {
                Ok(bytes) => finish_import(bytes),
                Err(e) => import_msg.set(Some((false, e.to_string()))),
            }
        });
    };

    let save_days = move |_| match days_raw.get_untracked().trim().parse::<u32>() {
        Ok(d) if (MIN_EXPIRY_DAYS..=MAX_EXPIRY_DAYS).contains(&d) => {
            persist::change_setting(
                state,
                move |env| env.set_expiry_days(d),
                format!("Bewaarde casussen worden nu {d} dagen na de laatste wijziging gewist."),
                days_msg,
            );
        }
        _ => days_msg.set(Some((
            false,
            format!(
                "Vul een heel aantal dagen in van {MIN_EXPIRY_DAYS} tot en met {MAX_EXPIRY_DAYS}."
            ),
        ))),
    };

    view! {
        <h1 tabindex="-1">"Mijn casussen en privacy"</h1>
        <p>"Alles wat u in Thuiswijzer invult, blijft in deze browser op dit apparaat. Er is geen server en er wordt niets verstuurd."</p>
        <UnreadableStore/>
        <section aria-labelledby="open-kop">
            <h2 id="open-kop">"De open casus"</h2>
            <KeepToggle/>
            <div class="actions">
                <A href=super::app::href("/casus") attr:class="button secondary">"Naar de open casus"</A>
                <button type="button" class="secondary" on:click=move |_| persist::new_case(state)>"Nieuwe lege casus"</button>
            </div>
        </section>
        <section aria-labelledby="bewaard-kop">
            <h2 id="bewaard-kop">"Bewaard op dit apparaat"</h2>
            <CaseList/>
            <div class="field">
                <label for="bewaartermijn">"Bewaartermijn in dagen"</label>
                <span class="hint" id="bewaartermijn-hint">{format!("Na deze termijn zonder wijziging wordt een bewaarde casus gewist ({MIN_EXPIRY_DAYS} tot en met {MAX_EXPIRY_DAYS} dagen; standaard 30).")}</span>
                <input type="text" inputmode="numeric" id="bewaartermijn" aria-describedby="bewaartermijn-hint" prop:value=move || days_raw.get() on:input=move |ev| days_raw.set(event_target_value(&ev))/>
                " "
                <button type="button" class="secondary" on:click=save_days>"Termijn opslaan"</button>
                {move || days_msg.get().map(|(ok, m)| view! { <p class=if ok { "card info" } else { "card danger" } role="status">{m}</p> })}
            </div>
        </section>
        <super::lock::LockSettings/>
        <section aria-labelledby="export-kop">
            <h2 id="export-kop">"Exporteren en importeren"</h2>
            <p>"Met een bestand zet u een casus veilig of neemt u hem mee naar een ander apparaat. Versleutel het bestand met een wachtwoord als het op een gedeelde plek komt."</p>
            <div class="field">
                <label for="export-wachtwoord">"Wachtwoord voor het bestand (niet verplicht)"</label>
                <span class="hint" id="export-wachtwoord-hint">{format!("Minstens {MIN_PASSPHRASE_CHARS} tekens. Bent u het kwijt, dan kan niemand het bestand nog openen.")}</span>
                <input type="password" id="export-wachtwoord" autocomplete="new-password" aria-describedby="export-wachtwoord-hint" prop:value=move || export_pass.get() on:input=move |ev| export_pass.set(event_target_value(&ev))/>
            </div>
            <button type="button" on:click=do_export>"Exporteer de open casus"</button>
            {move || export_msg.get().map(|m| view! { <p class="card info" role="status">{m}</p> })}
            <div class="field import-field">
                <label for="import-bestand">"Importeer een casus uit een bestand"</label>
                <span class="hint" id="import-hint">"De geïmporteerde casus opent in dit tabblad. Uw bewaarde casussen blijven staan."</span>
                <input type="file" id="import-bestand" accept=".json,application/json" aria-describedby="import-hint" on:change=on_file/>
            </div>
            <div class="field">
                <label for="import-wachtwoord">"Wachtwoord van het bestand (als het versleuteld is)"</label>
                <input type="password" id="import-wachtwoord" autocomplete="off" prop:value=move || import_pass.get() on:input=move |ev| import_pass.set(event_target_value(&ev))/>
            </div>
            {move || pending_import.get().map(|bytes| view! {
                <button type="button" on:click=move |_| finish_import(bytes.clone())>"Importeer"</button>
            })}
            {move || import_msg.get().map(|(ok, m)| view! { <p class=if ok { "card info" } else { "card danger" } role="alert" id="import-melding" data-n=move || import_seq.get()>{m}</p> })}
        </section>
        <section aria-labelledby="wissen-kop">
            <h2 id="wissen-kop">"Alles wissen"</h2>
            <p>"Wist de open casus, alle bewaarde casussen en alle bestanden die Thuiswijzer in deze browser bewaarde. Dit kan niet ongedaan worden gemaakt."</p>
            <WipeAll question="Weet u zeker dat u alles wilt wissen?" question_id="wis-vraag"/>
        </section>
    }
}

/// "Alles wissen", asked once more in the page before it happens.
#[component]
pub fn WipeAll(question: &'static str, question_id: &'static str) -> impl IntoView {
    let state = expect_context::<AppState>();
    let confirm = RwSignal::new(false);
    move || {
        if confirm.get() {
            view! {
                <div class="card danger" role="group" aria-labelledby=question_id>
                    <p id=question_id><strong>{question}</strong></p>
                    <button type="button" class="danger-button" on:click=move |_| { persist::wipe_all(state); confirm.set(false); }>"Ja, wis alles"</button>
                    " "
                    <button type="button" class="secondary" on:click=move |_| confirm.set(false)>"Annuleer"</button>
                </div>
            }
            .into_any()
        } else {
            view! { <button type="button" class="danger-button" on:click=move |_| confirm.set(true)>"Alles wissen"</button> }.into_any()
        }
    }
}

/// When the stored data cannot be read: say so, keep it, offer it as a file, and let the user
/// set it aside to start saving again.
#[component]
pub fn UnreadableStore() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        state.stored.with(|s| match s {
            Stored::Unreadable { error, raw } => {
                let raw = raw.clone();
                let msg = error.message();
                Some(view! {
                    <section class="card danger" role="alert" aria-labelledby="onleesbaar-kop" id="onleesbaar">
                        <h2 id="onleesbaar-kop">"De bewaarde gegevens zijn niet te lezen"</h2>
                        <p>{msg}</p>
                        <p>"Thuiswijzer laat ze onaangeroerd staan en bewaart intussen niets. Download ze om ze te laten herstellen, of zet ze apart om opnieuw te beginnen."</p>
                        <button type="button" class="secondary" on:click=move |_| store::download("thuiswijzer-onleesbare-gegevens.txt", &raw, "text/plain")>"Download voor herstel"</button>
                        " "
                        <button type="button" class="secondary" on:click=move |_| {
                            match store::set_unreadable_aside().map_err(String::from) {
                                Ok(_) => { state.stored.set(store::stored_now()); state.notice.set(Some("De onleesbare gegevens staan apart. U kunt weer bewaren.".into())); }
                                Err(m) => state.notice.set(Some(m)),
                            }
                        }>"Zet apart en begin opnieuw"</button>
                    </section>
                })
            }
            _ => None,
        })
    }
}

/// Messages and the cross-tab conflict, at the top of every page.
#[component]
pub fn Notices() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        {move || state.notice.get().map(|m| view! {
            <div class="card info notice" role="status">
                <p>{m}</p>
                <button type="button" class="link-button" on:click=move |_| state.notice.set(None)>"Sluit melding"</button>
            </div>
        })}
        {move || state.conflict.get().then(|| view! {
            <div class="card warning" role="alert">
                <p><strong>"Deze casus is in een ander tabblad gewijzigd."</strong>" Thuiswijzer bewaart uw wijzigingen hier pas als u kiest."</p>
                <button type="button" on:click=move |_| persist::resolve_conflict(state, true)>"Laad de versie uit het andere tabblad"</button>
                " "
                <button type="button" class="secondary" on:click=move |_| persist::resolve_conflict(state, false)>"Bewaar de versie van dit tabblad"</button>
            </div>
        })}
        {move || state.update_ready.get().then(|| view! {
            <div class="card info" role="status">
                <p>"Er is een nieuwe versie van Thuiswijzer. Herlaad de pagina om die te gebruiken. Uw casus blijft staan."</p>
            </div>
        })}
        {move || state.stored.with(|s| matches!(s, Stored::Unreadable { .. })).then(|| view! {
            <p class="card danger">"De bewaarde gegevens zijn niet te lezen. "<A href=super::app::href("/gegevens")>"Bekijk wat u kunt doen"</A>"."</p>
        })}
    }
}
