//! Glue between the core's state and Yew: the reducer only calls the core.

use crate::domain::questionnaire::{Action, Questionnaire};
use std::rc::Rc;
use yew::prelude::*;

impl Reducible for Questionnaire {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = Rc::unwrap_or_clone(self);
        next.apply(action);
        Rc::new(next)
    }
}
