//! Who someone is: e-mail addresses, passwords, display names, and the login throttle.

mod email;
mod name;
mod password;
pub mod throttle;

pub use email::{EmailAddress, InvalidEmail};
pub use name::{InvalidName, PersonName};
pub use password::{InvalidPassword, Password};
