//! A list of named items (works, products, models).

use crate::domain::criteria::Bilingual;
use crate::domain::i18n::{self, Lang, Text};
use crate::domain::scoring::Answer;
use crate::ui::ItemListField;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NamedItemsInputProps {
    pub id: AttrValue,
    pub min: u32,
    pub unit: Bilingual,
    pub answer: Option<Answer>,
    pub on_change: Callback<Answer>,
}

#[component]
pub fn NamedItemsInput(props: &NamedItemsInputProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let items = match &props.answer {
        Some(Answer::NamedItems { items }) => items.clone(),
        _ => Vec::new(),
    };
    html! {
        <ItemListField
            id={props.id.clone()}
            legend={i18n::items_legend(lang, props.unit.get(lang), props.min)}
            item_label={Text::ItemLabel.get(lang)}
            add_label={Text::AddItem.get(lang)}
            remove_label={Text::RemoveItem.get(lang)}
            {items}
            on_change={props.on_change.reform(|items| Answer::NamedItems { items })}
        />
    }
}
