//! Custom hooks: loading the dataset files ([`use_dataset`], [`use_local_pay`]) and keeping the
//! page URL in step with the selection ([`use_share_link`]).

mod use_dataset;
mod use_local_pay;
mod use_share_link;

pub use use_dataset::{timeout_for, use_dataset};
pub use use_local_pay::use_local_pay;
pub use use_share_link::use_share_link;
