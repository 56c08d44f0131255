//! Who someone is: e-mail addresses, passwords, display names, and the login throttle.

mod email;
mod password;
pub mod throttle;

pub use email::{EmailAddress, InvalidEmail};
pub use password::{InvalidPassword, Password};

/// How a person wants to be called.
pub type PersonName = crate::text::Label;
