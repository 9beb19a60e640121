"""Administration of networks, organisations and accounts. Writes go through the services, so the admin keeps the
same rules (one organisation per user, the network coordinator is an OOV coordinator, groups in sync)."""

from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.core.exceptions import ValidationError
from simple_history.admin import SimpleHistoryAdmin

from . import services
from .models import InformationPosition, Membership, Network, Organisation, User


class ServiceAdminMixin:
    """Turn a service's ValidationError into an admin error message instead of a 500."""

    def _run(self, request, func, **kwargs):
        try:
            return func(**kwargs, acting_user=request.user)
        except ValidationError as exc:
            self.message_user(request, "; ".join(exc.messages), level=messages.ERROR)
            return None


class MembershipInline(admin.StackedInline):
    model = Membership
    fk_name = "user"
    extra = 0
    can_delete = False
    readonly_fields = ["organisation", "role"]
    show_change_link = True


@admin.register(User)
class UserAdmin(DjangoUserAdmin, SimpleHistoryAdmin):
    list_display = ["username", "first_name", "last_name", "email", "is_active", "is_staff"]
    fieldsets = [*DjangoUserAdmin.fieldsets, (None, {"fields": ["language"]})]
    inlines = [MembershipInline]


@admin.register(Network)
class NetworkAdmin(ServiceAdminMixin, SimpleHistoryAdmin):
    list_display = ["name", "coordinator", "created_at"]
    search_fields = ["name"]
    autocomplete_fields = ["coordinator"]

    def save_model(self, request, obj, form, change):
        if not change:
            created = self._run(request, services.network_create, name=obj.name)
            if created is not None:
                obj.pk = created.pk
                if obj.coordinator_id:
                    self._run(request, services.network_set_coordinator, network=created, membership=obj.coordinator)
            return
        current = Network.objects.get(pk=obj.pk)
        if "name" in form.changed_data:
            self._run(request, services.network_rename, network=current, name=obj.name)
        if "coordinator" in form.changed_data:
            self._run(request, services.network_set_coordinator, network=current, membership=obj.coordinator)


@admin.register(Organisation)
class OrganisationAdmin(ServiceAdminMixin, SimpleHistoryAdmin):
    list_display = ["name", "partner_type", "network"]
    list_filter = ["partner_type", "network"]
    search_fields = ["name"]
    list_select_related = ["network"]

    def get_readonly_fields(self, request, obj=None):
        return ["network", "partner_type"] if obj else []

    def save_model(self, request, obj, form, change):
        if change:
            obj._history_user = request.user
            obj.save(update_fields=["name"])
            return
        created = self._run(
            request, services.organisation_create, network=obj.network, name=obj.name, partner_type=obj.partner_type
        )
        if created is not None:
            obj.pk = created.pk


@admin.register(Membership)
class MembershipAdmin(ServiceAdminMixin, SimpleHistoryAdmin):
    list_display = ["user", "organisation", "role"]
    list_filter = ["role", "organisation__partner_type", "organisation__network"]
    search_fields = ["user__username", "user__first_name", "user__last_name", "organisation__name"]
    list_select_related = ["user", "organisation"]
    autocomplete_fields = ["user", "organisation"]

    def get_readonly_fields(self, request, obj=None):
        return ["user", "organisation"] if obj else []

    def save_model(self, request, obj, form, change):
        if change:
            self._run(request, services.membership_set_role, membership=obj, role=obj.role)
            return
        created = self._run(
            request, services.membership_create, user=obj.user, organisation=obj.organisation, role=obj.role
        )
        if created is not None:
            obj.pk = created.pk


@admin.register(InformationPosition)
class InformationPositionAdmin(SimpleHistoryAdmin):
    list_display = ["partner_type", "source_reference"]
