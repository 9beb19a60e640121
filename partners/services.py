"""Writes for networks, organisations and memberships. Every write goes through a function here that takes the
``acting_user``, validates, saves and records history (STYLE.md rule 3)."""

from __future__ import annotations

from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from . import visibility
from .constants import (
    ROLE_GROUP_COORDINATOR,
    ROLE_GROUP_MEMBER,
    ROLE_GROUP_NETWORK_COORDINATOR,
    Language,
    MembershipRole,
    PartnerType,
)
from .models import Membership, Network, Organisation, User


def _with_history_user(instance, acting_user: User | None):
    instance._history_user = acting_user
    return instance


def network_create(*, name: str, acting_user: User | None) -> Network:
    name = name.strip()
    if not name:
        raise ValidationError({"name": _("A network needs a name.")})
    if Network.objects.filter(name=name).exists():
        raise ValidationError({"name": _("A network with this name already exists.")})
    network = _with_history_user(Network(name=name), acting_user)
    network.save()
    return network


def network_rename(*, network: Network, name: str, acting_user: User | None) -> Network:
    name = name.strip()
    if not name:
        raise ValidationError({"name": _("A network needs a name.")})
    if Network.objects.filter(name=name).exclude(pk=network.pk).exists():
        raise ValidationError({"name": _("A network with this name already exists.")})
    network.name = name
    _with_history_user(network, acting_user).save(update_fields=["name"])
    return network


@transaction.atomic
def organisation_create(*, network: Network, name: str, partner_type: str, acting_user: User | None) -> Organisation:
    """Create an organisation with its own permission group: shares to the organisation are granted to it."""
    name = name.strip()
    if not name:
        raise ValidationError({"name": _("An organisation needs a name.")})
    if partner_type not in PartnerType.values:
        raise ValidationError({"partner_type": _("Unknown partner type.")})
    if Organisation.objects.filter(network=network, name=name).exists():
        raise ValidationError({"name": _("This network already has an organisation with this name.")})
    organisation = Organisation(network=network, name=name, partner_type=partner_type)
    organisation.group = Group.objects.create(name=f"organisation:{organisation.id}")
    _with_history_user(organisation, acting_user).save()
    return organisation


def _sync_groups(membership: Membership) -> None:
    """Put the user in exactly the groups their membership implies: the organisation's and the role's."""
    role_group_names = [ROLE_GROUP_MEMBER]
    if membership.role == MembershipRole.COORDINATOR:
        role_group_names.append(ROLE_GROUP_COORDINATOR)
    if membership.is_network_coordinator:
        role_group_names.append(ROLE_GROUP_NETWORK_COORDINATOR)
    groups = [membership.organisation.group, *Group.objects.filter(name__in=role_group_names)]
    membership.user.groups.set(groups)
    visibility.forget_membership(membership.user)
    # Django caches permissions on the user object.
    for attr in ("_perm_cache", "_user_perm_cache", "_group_perm_cache"):
        membership.user.__dict__.pop(attr, None)


@transaction.atomic
def membership_create(*, user: User, organisation: Organisation, role: str, acting_user: User | None) -> Membership:
    """A user belongs to exactly one organisation (DOMAIN.md §1)."""
    if role not in MembershipRole.values:
        raise ValidationError({"role": _("Unknown role.")})
    if Membership.objects.filter(user=user).exists():
        raise ValidationError({"user": _("This user already belongs to an organisation.")})
    membership = _with_history_user(Membership(user=user, organisation=organisation, role=role), acting_user)
    membership.save()
    _sync_groups(membership)
    return membership


@transaction.atomic
def membership_set_role(*, membership: Membership, role: str, acting_user: User | None) -> Membership:
    if role not in MembershipRole.values:
        raise ValidationError({"role": _("Unknown role.")})
    membership = (
        Membership.objects.select_for_update().select_related("organisation__network", "user").get(pk=membership.pk)
    )
    if membership.is_network_coordinator and role != MembershipRole.COORDINATOR:
        raise ValidationError({"role": _("The network coordinator must stay a coordinator.")})
    membership.role = role
    _with_history_user(membership, acting_user).save(update_fields=["role"])
    _sync_groups(membership)
    return membership


@transaction.atomic
def network_set_coordinator(*, network: Network, membership: Membership | None, acting_user: User | None) -> Network:
    """The network coordinator (regisseur) is a coordinator of a public-order (OOV) organisation of the network."""
    network = Network.objects.select_for_update().get(pk=network.pk)
    previous = Membership.objects.filter(pk=network.coordinator_id).select_related("organisation__network", "user")
    if membership is not None:
        if membership.organisation.network_id != network.pk:
            raise ValidationError({"coordinator": _("The network coordinator must belong to this network.")})
        if membership.organisation.partner_type != PartnerType.GEMEENTE_OOV:
            raise ValidationError(
                {"coordinator": _("The network coordinator works for the municipality (public order and safety).")}
            )
        if membership.role != MembershipRole.COORDINATOR:
            raise ValidationError({"coordinator": _("The network coordinator must be a coordinator.")})
    network.coordinator = membership
    _with_history_user(network, acting_user).save(update_fields=["coordinator"])
    for changed in [*previous, *([membership] if membership else [])]:
        changed.organisation.network = network
        _sync_groups(changed)
    return network


def user_set_language(*, user: User, language: str, acting_user: User) -> User:
    if language not in Language.values:
        raise ValidationError({"language": _("Choose Dutch or English.")})
    user.language = language
    _with_history_user(user, acting_user).save(update_fields=["language"])
    return user


def api_token_create(*, user: User, acting_user: User) -> str:
    """Create (or replace) the user's personal API token; the key is shown once."""
    from rest_framework.authtoken.models import Token

    if acting_user.pk != user.pk and not acting_user.is_superuser:
        raise ValidationError(_("Only the user can create their own token."))
    Token.objects.filter(user=user).delete()
    return Token.objects.create(user=user).key


def api_token_revoke(*, user: User, acting_user: User) -> bool:
    from rest_framework.authtoken.models import Token

    if acting_user.pk != user.pk and not acting_user.is_superuser:
        raise ValidationError(_("Only the user can revoke their own token."))
    deleted, _rows = Token.objects.filter(user=user).delete()
    return bool(deleted)
