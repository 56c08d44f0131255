//! Memberships: the roles a person holds in an organisation, one row per role.

use crate::audit::{self, Context, Event};
use crate::entities::membership::{self, Column, Entity};
use crate::password_tokens::{NewLink, Purpose, issue};
use crate::users::{self, NewUser, User};
use crate::{Page, PageRequest, Store, StoreError};
use cohort_domain::access::Role;
use cohort_domain::audit::Action;
use cohort_domain::refusal::Refusal;
use futures::FutureExt;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseTransaction, EntityTrait, ModelTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};
use std::collections::HashMap;
use uuid::Uuid;

/// One role of one person in one organisation, with the person.
#[derive(Clone, Debug)]
pub struct Member {
    /// The membership row.
    pub membership: membership::Model,
    /// The person.
    pub user: User,
}

/// What [`Store::add_member`] did.
#[derive(Clone, Debug)]
pub struct AddedMember {
    /// The new membership.
    pub member: Member,
    /// Whether the account was created for it (then its one-time password must be handed over).
    pub account_created: bool,
}

async fn add(
    tx: &DatabaseTransaction,
    ctx: Context,
    org_id: Uuid,
    role: Role,
    account: NewUser,
) -> Result<AddedMember, StoreError> {
    let (user, account_created) = match users::find_by_email(tx, account.email.as_str()).await? {
        Some(user) => (user, false),
        None => {
            let user = users::insert(tx, account).await?;
            let event = Event::new(Action::UserCreated, Some(org_id), "user", user.id)
                .with_details(serde_json::json!({ "email": user.email }));
            audit::append(tx, &ctx, event).await?;
            (user, true)
        }
    };
    let membership = membership::ActiveModel {
        id: Set(Uuid::now_v7()),
        org_id: Set(org_id),
        user_id: Set(user.id),
        role: Set(role.as_str().to_owned()),
        created_at: Set(chrono::Utc::now()),
    }
    .insert(tx)
    .await?;
    let event = Event::new(Action::MemberAdded, Some(org_id), "membership", membership.id)
        .with_details(serde_json::json!({ "email": user.email, "role": role.as_str() }));
    audit::append(tx, &ctx, event).await?;
    Ok(AddedMember { member: Member { membership, user }, account_created })
}

impl Store {
    /// Gives `role` in `org_id` to the account with `account.email`, creating that account from
    /// `account` if there is none. Holding the role already is a [`StoreError::Conflict`].
    pub async fn add_member(
        &self,
        ctx: &Context,
        org_id: Uuid,
        role: Role,
        account: NewUser,
    ) -> Result<AddedMember, StoreError> {
        let ctx = ctx.clone();
        self.writer.run(move |tx| add(tx, ctx, org_id, role, account).boxed()).await
    }

    /// [`Store::add_member`], and tells the person by e-mail in the same transaction: a new
    /// account gets the invitation `link` to choose its password; an existing one a notice that
    /// it holds the role now. `letter` holds what the e-mail says besides (organisation, role,
    /// language, who invited).
    pub async fn invite_member(
        &self,
        ctx: &Context,
        org_id: Uuid,
        role: Role,
        account: NewUser,
        link: NewLink,
        letter: serde_json::Value,
    ) -> Result<AddedMember, StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let added = add(tx, ctx.clone(), org_id, role, account).await?;
                    let user = &added.member.user;
                    let mut letter = letter;
                    letter["to"] = user.email.clone().into();
                    letter["name"] = user.name.clone().into();
                    if added.account_created {
                        letter["letter"] = "invitation".into();
                        letter["token"] = link.token.clone().into();
                        letter["expires_at"] = serde_json::json!(link.expires_at);
                        issue(tx, user.id, Purpose::Invitation, Some(org_id), &link, letter).await?;
                        let event = Event::new(Action::MemberInvited, Some(org_id), "user", user.id)
                            .with_details(serde_json::json!({ "email": user.email, "role": role.as_str() }));
                        audit::append(tx, &ctx, event).await?;
                    } else {
                        letter["letter"] = "added_to_org".into();
                        let job = crate::jobs::NewJob {
                            kind: "email".into(),
                            dedupe_key: format!("member-added:{}", added.member.membership.id),
                            org_id: Some(org_id),
                            payload: serde_json::json!({ "account": letter }),
                        };
                        crate::jobs::insert(tx, job, chrono::Utc::now()).await?;
                    }
                    Ok(added)
                }
                .boxed()
            })
            .await
    }

    /// Takes one role away. The organisation's last administrator cannot be removed.
    pub async fn remove_member(
        &self,
        ctx: &Context,
        org_id: Uuid,
        membership_id: Uuid,
    ) -> Result<(), StoreError> {
        let ctx = ctx.clone();
        self.writer
            .run(move |tx| {
                async move {
                    let membership = Entity::find_by_id(membership_id)
                        .filter(Column::OrgId.eq(org_id))
                        .one(tx)
                        .await?
                        .ok_or(StoreError::NotFound)?;
                    if membership.role == Role::Admin.as_str() {
                        let admins = Entity::find()
                            .filter(Column::OrgId.eq(org_id))
                            .filter(Column::Role.eq(Role::Admin.as_str()))
                            .count(tx)
                            .await?;
                        if admins <= 1 {
                            return Err(StoreError::Refused(Refusal::LastAdmin));
                        }
                    }
                    let event = Event::new(Action::MemberRemoved, Some(org_id), "membership", membership.id)
                        .with_details(
                            serde_json::json!({ "user_id": membership.user_id, "role": membership.role }),
                        );
                    membership.delete(tx).await?;
                    audit::append(tx, &ctx, event).await?;
                    Ok(())
                }
                .boxed()
            })
            .await
    }

    /// An organisation's members, oldest membership first.
    pub async fn members_page(&self, org_id: Uuid, page: PageRequest) -> Result<Page<Member>, StoreError> {
        let mut query = Entity::find().filter(Column::OrgId.eq(org_id));
        if let Some(after) = page.after {
            query = query.filter(Column::Id.gt(after));
        }
        let rows = query.order_by_asc(Column::Id).limit(page.limit + 1).all(&self.read).await?;
        let page = Page::from_overfetch(rows, page.limit, |row| row.id);
        let users: HashMap<Uuid, User> = self
            .users_by_ids(page.items.iter().map(|m| m.user_id).collect())
            .await?
            .into_iter()
            .map(|user| (user.id, user))
            .collect();
        let mut members = Vec::with_capacity(page.items.len());
        for membership in page.items {
            let user = users.get(&membership.user_id).cloned().ok_or(StoreError::NotFound)?;
            members.push(Member { membership, user });
        }
        Ok(Page { items: members, next: page.next })
    }

    /// The roles a person holds in an organisation.
    pub async fn roles_in(&self, org_id: Uuid, user_id: Uuid) -> Result<Vec<Role>, StoreError> {
        let rows = Entity::find()
            .filter(Column::OrgId.eq(org_id))
            .filter(Column::UserId.eq(user_id))
            .all(&self.read)
            .await?;
        Ok(rows.iter().filter_map(|row| row.role.parse().ok()).collect())
    }

    /// Every membership of a person, across organisations.
    pub async fn memberships_of(&self, user_id: Uuid) -> Result<Vec<membership::Model>, StoreError> {
        Ok(Entity::find().filter(Column::UserId.eq(user_id)).order_by_asc(Column::Id).all(&self.read).await?)
    }
}
