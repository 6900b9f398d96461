//! A yes / no criterion.

use crate::domain::criteria::Bilingual;
use crate::domain::i18n::{Lang, Text};
use crate::domain::scoring::Answer;
use crate::ui::YesNoField;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct YesNoInputProps {
    pub id: AttrValue,
    pub question: Bilingual,
    pub answer: Option<Answer>,
    pub on_change: Callback<Answer>,
}

#[component]
pub fn YesNoInput(props: &YesNoInputProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let value = match &props.answer {
        Some(Answer::YesNo { value }) => *value,
        _ => None,
    };
    html! {
        <YesNoField
            id={props.id.clone()}
            legend={AttrValue::from(props.question.get(lang).to_owned())}
            yes_label={Text::AnswerYes.get(lang)}
            no_label={Text::AnswerNo.get(lang)}
            {value}
            on_change={props.on_change.reform(|value| Answer::YesNo { value })}
        />
    }
}
