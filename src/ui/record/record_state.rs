//! The record screen's own state (which form is open, which older check is
//! shown, what her last action did, when to read the record again), and what
//! each of her taps does to it, through `record_store`.

use crate::browser::{download, record_store};
use crate::domain::criteria::Registry;
use crate::domain::i18n::{Lang, RecordText};
use yew::prelude::*;

/// A tap on the record screen.
#[derive(Clone, Copy, PartialEq)]
pub enum RecordAction {
    /// "Kiểm tra lại": a new check from the newest.
    Recheck,
    /// "Đăng ký xây dựng chi bộ TSVMTD": the registration form, for a new one.
    Register,
    /// "Sửa đăng ký này": the registration form on the record's registration
    /// at this position.
    EditRegistration(usize),
    /// "Ghi kết quả thẩm định": the appraisal form, for a new one.
    Appraise,
    /// "Sửa lần thẩm định này": the appraisal form on the record's appraisal
    /// at this position.
    EditAppraisal(usize),
    /// A form closed: saved (`true`) or cancelled.
    FormClosed(bool),
    /// A form closed on removing what it was opened on; the words that say so.
    Removed(RecordText),
    /// Shows (or hides, `None`) the result of the check at this position.
    View(Option<usize>),
    /// Closes the screen to edit the newest check in the questionnaire.
    EditNewest,
    Export,
    Records,
}

/// The form open on the screen.
#[derive(Clone, Copy, PartialEq)]
pub enum Form {
    /// A new registration (`None`), or the record's registration at this position.
    Registration(Option<usize>),
    /// A new appraisal (`None`), or the record's appraisal at this position.
    Appraisal(Option<usize>),
}

/// Where the screen's taps lead out of it.
pub struct Exits {
    pub on_back: Callback<()>,
    pub on_records: Callback<()>,
    pub on_check_started: Callback<()>,
}

#[derive(Clone, PartialEq)]
pub struct RecordState {
    /// Changes after each change of the record: it is read again.
    pub revision: UseStateHandle<u32>,
    pub form: UseStateHandle<Option<Form>>,
    /// The position of the older check whose result is shown.
    pub viewing: UseStateHandle<Option<usize>>,
    /// What her last action did: whether it went well, and its words.
    pub message: UseStateHandle<Option<(bool, String)>>,
    /// The buttons that open the forms: a form that closes gives the focus
    /// back to its button.
    pub register_button: NodeRef,
    pub appraise_button: NodeRef,
}

#[hook]
pub fn use_record_state() -> RecordState {
    let state = RecordState {
        revision: use_state(|| 0),
        form: use_state(|| None),
        viewing: use_state(|| None),
        message: use_state(|| None),
        register_button: use_node_ref(),
        appraise_button: use_node_ref(),
    };
    let open = use_mut_ref(|| None::<Form>);
    {
        let state = state.clone();
        use_effect_with(*state.form, move |form| {
            let closed = open.replace(*form).filter(|_| form.is_none());
            let button = match closed {
                Some(Form::Registration(_)) => &state.register_button,
                Some(Form::Appraisal(_)) => &state.appraise_button,
                None => return,
            };
            if let Some(button) = button.cast::<web_sys::HtmlElement>() {
                let _ = button.focus();
            }
        });
    }
    state
}

impl RecordState {
    /// The record changed: says so, and reads it again.
    fn changed(&self, text: &str) {
        self.message.set(Some((true, text.to_owned())));
        self.revision.set(self.revision.wrapping_add(1));
    }

    /// Carries out `action` on record `id`.
    pub fn carry_out(
        &self,
        lang: Lang,
        action: RecordAction,
        id: &str,
        registry: &Registry,
        exits: &Exits,
    ) {
        let failed = |text: String| self.message.set(Some((false, text)));
        match action {
            RecordAction::Recheck => match record_store::start_check(id, registry) {
                Ok(_) => exits.on_check_started.emit(()),
                Err(e) => failed(e.message(lang)),
            },
            RecordAction::Register => self.form.set(Some(Form::Registration(None))),
            RecordAction::EditRegistration(position) => {
                self.form.set(Some(Form::Registration(Some(position))));
            }
            RecordAction::Appraise => self.form.set(Some(Form::Appraisal(None))),
            RecordAction::EditAppraisal(position) => {
                self.form.set(Some(Form::Appraisal(Some(position))));
            }
            RecordAction::FormClosed(saved) => {
                self.form.set(None);
                if saved {
                    self.changed(RecordText::RecordSaved.get(lang));
                }
            }
            RecordAction::Removed(text) => {
                self.form.set(None);
                self.changed(text.get(lang));
            }
            RecordAction::View(position) => self.viewing.set(position),
            RecordAction::EditNewest => exits.on_back.emit(()),
            RecordAction::Export => match record_store::export(id, registry) {
                Ok(text) => {
                    download::offer("tsvmtd-ho-so-chi-bo.json", "application/json", &text);
                }
                Err(e) => failed(e.message(lang)),
            },
            RecordAction::Records => exits.on_records.emit(()),
        }
    }
}
