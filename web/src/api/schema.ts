// Generated from openapi.json by src/api/generate.mjs (npm run api:types). Do not edit:
// change the server's shapes, then regenerate.

export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is up. */
        get: operations["get_healthz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The database is reachable and can be written. */
        get: operations["get_readyz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics. */
        get: operations["get_metrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/version": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Server version. */
        get: operations["get_api_v1_version"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This API's OpenAPI 3.1 document. */
        get: operations["get_api_v1_openapi_json"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in; sets the session cookie and answers the CSRF token, or answers the second step (second_factor, challenge) when two-factor sign-in is on or required. */
        post: operations["post_api_v1_auth_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login/totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The second step of a sign-in: the authenticator's code or a recovery code (one use); sets the session cookie. After enrolment during sign-in the recovery codes are answered once. */
        post: operations["post_api_v1_auth_login_totp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login/enrol": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Begin enrolling an authenticator during a sign-in whose role requires two factors. */
        post: operations["post_api_v1_auth_login_enrol"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether one's two-factor sign-in is on, pending or required, and recovery codes left. */
        get: operations["get_api_v1_me_totp"];
        put?: never;
        /** Begin enrolling an authenticator: its secret and otpauth:// URI (for the QR code). */
        post: operations["post_api_v1_me_totp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/totp/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm the authenticator with its current code; turns two-factor sign-in on and answers the recovery codes, once. */
        post: operations["post_api_v1_me_totp_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/totp/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn two-factor sign-in off with a current code (not while a role requires it). */
        post: operations["post_api_v1_me_totp_disable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out. */
        post: operations["post_api_v1_auth_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user and the CSRF token. */
        get: operations["get_api_v1_auth_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change one's password; other sessions and all API tokens are revoked (counts answered). */
        post: operations["post_api_v1_auth_password"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One's API tokens. */
        get: operations["get_api_v1_auth_tokens"];
        put?: never;
        /** Create an API token; the secret is shown once. */
        post: operations["post_api_v1_auth_tokens"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API token. */
        delete: operations["delete_api_v1_auth_tokens_id"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/saved-views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One's saved list filters, of one list (page) or all, by name. */
        get: operations["get_api_v1_me_saved_views"];
        put?: never;
        /** Save a list filter under a name (the same name on the same list replaces it). */
        post: operations["post_api_v1_me_saved_views"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/saved-views/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete one of one's saved list filters. */
        delete: operations["delete_api_v1_me_saved_views_id"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List users. */
        get: operations["get_api_v1_users"];
        put?: never;
        /** Create a user (business staff: customer users only). */
        post: operations["post_api_v1_users"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A user. */
        get: operations["get_api_v1_users_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a user's name, e-mail or roles. */
        patch: operations["patch_api_v1_users_id"];
        trace?: never;
    };
    "/api/v1/users/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Disable a user (never deleted); revokes its sessions and API tokens. */
        post: operations["post_api_v1_users_id_disable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Re-enable a user; API tokens from before stay revoked (tokens_revoked). */
        post: operations["post_api_v1_users_id_enable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password for a user; revokes its sessions and API tokens (counts answered). */
        post: operations["post_api_v1_users_id_reset_password"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/totp/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Remove a user's authenticator (a lost device) and revoke its sessions; it enrols again. */
        post: operations["post_api_v1_users_id_totp_reset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Roles with their labels and permissions. */
        get: operations["get_api_v1_roles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit log, newest first. */
        get: operations["get_api_v1_audit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One object's change history, newest first, for staff who may read the object. */
        get: operations["get_api_v1_audit_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/actors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The names actors are recorded under, for the log's actor filter. */
        get: operations["get_api_v1_audit_actors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List customers (a customer user sees only its own). */
        get: operations["get_api_v1_customers"];
        put?: never;
        /** Create a customer. */
        post: operations["post_api_v1_customers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A customer with its contacts. */
        get: operations["get_api_v1_customers_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a customer. */
        patch: operations["patch_api_v1_customers_id"];
        trace?: never;
    };
    "/api/v1/customers/{id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A customer's contacts. */
        get: operations["get_api_v1_customers_id_contacts"];
        put?: never;
        /** Add a contact. */
        post: operations["post_api_v1_customers_id_contacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/contacts/{contact_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a contact (kept for the audit trail). */
        delete: operations["delete_api_v1_customers_id_contacts_contact_id"];
        options?: never;
        head?: never;
        /** Change a contact. */
        patch: operations["patch_api_v1_customers_id_contacts_contact_id"];
        trace?: never;
    };
    "/api/v1/dcim/sites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List sites (data centres). */
        get: operations["get_api_v1_dcim_sites"];
        put?: never;
        /** Create a site (time zone default Asia/Shanghai). */
        post: operations["post_api_v1_dcim_sites"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dcim/sites/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A site with its utilisation. */
        get: operations["get_api_v1_dcim_sites_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a site. */
        patch: operations["patch_api_v1_dcim_sites_id"];
        trace?: never;
    };
    "/api/v1/dcim/rooms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List rooms (机房). */
        get: operations["get_api_v1_dcim_rooms"];
        put?: never;
        /** Create a room with its environment limits (R4.1.1; default 18–27 °C, 20–80 % RH). */
        post: operations["post_api_v1_dcim_rooms"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dcim/rooms/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A room with its utilisation and that of its rows. */
        get: operations["get_api_v1_dcim_rooms_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a room. */
        patch: operations["patch_api_v1_dcim_rooms_id"];
        trace?: never;
    };
    "/api/v1/dcim/rows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rows of racks (named by their racks' row), with their rack counts. */
        get: operations["get_api_v1_dcim_rows"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dcim/racks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List racks (customers: the racks they occupy); utilisation=true adds each rack's units, power and ports used, as /dcim/utilisation answers them. */
        get: operations["get_api_v1_dcim_racks"];
        put?: never;
        /** Create a rack (power_a_w/power_b_w create its A and B feeds). */
        post: operations["post_api_v1_dcim_racks"];
        delete?: never;
        options?: never;
        head?: never;
        /** Change the status and/or customer (null: none) of many racks at once, all or none: a failing rack answers 422 dcim.bulk.failed with errors[] per id. */
        patch: operations["patch_api_v1_dcim_racks"];
        trace?: never;
    };
    "/api/v1/dcim/racks.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Racks as CSV (RFC 4180), with the list's filters. */
        get: operations["get_api_v1_dcim_racks_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dcim/racks/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create or update racks from a text/csv body (columns as racks.csv; site, room and name required). All lines or none: errors answer 400 with errors[] per line. */
        post: operations["post_api_v1_dcim_racks_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dcim/racks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A rack with its utilisation and power feeds. */
        get: operations["get_api_v1_dcim_racks_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a rack; lowering power below the allocated load needs force=true and dcim.power.force. */
        patch: operations["patch_api_v1_dcim_racks_id"];
        trace?: never;
    };
    "/api/v1/dcim/racks/{id}/elevation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The rack's occupied and reserved units, for drawing. */
        get: operations["get_api_v1_dcim_racks_id_elevation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dcim/racks/{id}/elevation.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rack elevation as SVG (face=front|rear). */
        get: operations["get_api_v1_dcim_racks_id_elevation_svg"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dcim/power-feeds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Power feeds of racks (A/B; a rack's capacity per side is the sum of its active feeds). */
        get: operations["get_api_v1_dcim_power_feeds"];
        put?: never;
        /** Add a power feed to a rack (capacity: V x A (x √3 for three-phase) x max utilisation, unless capacity_w is given). */
        post: operations["post_api_v1_dcim_power_feeds"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dcim/power-feeds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A power feed. */
        get: operations["get_api_v1_dcim_power_feeds_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a power feed (status offline takes it out of the capacity). */
        patch: operations["patch_api_v1_dcim_power_feeds_id"];
        trace?: never;
    };
    "/api/v1/dcim/device-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List device types. */
        get: operations["get_api_v1_dcim_device_types"];
        put?: never;
        /** Create a device type by hand (manufacturer + model unique); power figures in W, 0 when not known. */
        post: operations["post_api_v1_dcim_device_types"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dcim/device-types/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A device type with its interface and power-port templates. */
        get: operations["get_api_v1_dcim_device_types_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a device type; the height and depth only while no device is of the type. */
        patch: operations["patch_api_v1_dcim_device_types_id"];
        trace?: never;
    };
    "/api/v1/dcim/device-types/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import NetBox device-type library YAML: one document as application/yaml, or application/json {"files": [{"name": ..., "yaml": ...}]}. Answers {imported, updated, unchanged, skipped: [{file, reason}]}; a single document that cannot be used is 400 dcim.import.invalid with the reason. */
        post: operations["post_api_v1_dcim_device_types_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dcim/devices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The equipment ledger (设备台账): list devices. */
        get: operations["get_api_v1_dcim_devices"];
        put?: never;
        /** Add a device; placement, power and weight rules apply (R4.3.2). */
        post: operations["post_api_v1_dcim_devices"];
        delete?: never;
        options?: never;
        head?: never;
        /** Change the status, role, customer and/or rack of many devices at once with the rules of one device's change, all or none: a failing device answers 422 dcim.bulk.failed with errors[] per id. */
        patch: operations["patch_api_v1_dcim_devices"];
        trace?: never;
    };
    "/api/v1/dcim/devices.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Devices as CSV (RFC 4180), with the list's filters. */
        get: operations["get_api_v1_dcim_devices_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dcim/devices/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create or update devices from a text/csv body (columns as devices.csv; name required; matched by name within the site). All lines or none: errors answer 400 with errors[] per line. */
        post: operations["post_api_v1_dcim_devices_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dcim/devices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A device with its maintenance records and lifecycle history (R4.3.1). */
        get: operations["get_api_v1_dcim_devices_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change, move, remove (rack_id null) or decommission a device. */
        patch: operations["patch_api_v1_dcim_devices_id"];
        trace?: never;
    };
    "/api/v1/dcim/devices/{id}/maintenance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record maintenance work on a device (date, who, what, next due). */
        post: operations["post_api_v1_dcim_devices_id_maintenance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dcim/reservations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Live reservations of rack units (customers: their own). */
        get: operations["get_api_v1_dcim_reservations"];
        put?: never;
        /** Reserve free rack units for a customer until a date, with a reason. */
        post: operations["post_api_v1_dcim_reservations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dcim/reservations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Release a reservation (kept, marked released). */
        delete: operations["delete_api_v1_dcim_reservations_id"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dcim/interfaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Device interfaces (ports), from the device type's templates. */
        get: operations["get_api_v1_dcim_interfaces"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dcim/interfaces/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An interface. */
        get: operations["get_api_v1_dcim_interfaces_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an interface's description, enabled flag or speed. */
        patch: operations["patch_api_v1_dcim_interfaces_id"];
        trace?: never;
    };
    "/api/v1/dcim/utilisation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Units, power and ports used per site, room, row or rack (aggregated in SQL). Without scope: the narrowest level given (rack, row, room, else sites). */
        get: operations["get_api_v1_dcim_utilisation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ipam/vlans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List VLANs (customers: their own). */
        get: operations["get_api_v1_ipam_vlans"];
        put?: never;
        /** Create a VLAN (VID unique per site, or among global VLANs). */
        post: operations["post_api_v1_ipam_vlans"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ipam/vlans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A VLAN. */
        get: operations["get_api_v1_ipam_vlans_id"];
        put?: never;
        post?: never;
        /** Delete an unused VLAN (409 while prefixes or interfaces use it). */
        delete: operations["delete_api_v1_ipam_vlans_id"];
        options?: never;
        head?: never;
        /** Change a VLAN. */
        patch: operations["patch_api_v1_ipam_vlans_id"];
        trace?: never;
    };
    "/api/v1/ipam/interfaces/{interface_id}/vlans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An interface's 802.1Q mode and VLANs. */
        get: operations["get_api_v1_ipam_interfaces_interface_id_vlans"];
        /** Set an interface's 802.1Q mode: access (one untagged VLAN), tagged (optional untagged and a list), tagged-all (optional untagged, no list) or null; VLANs of the interface's site or global. */
        put: operations["put_api_v1_ipam_interfaces_interface_id_vlans"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dcim/cables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List cables with both ends' device and interface names (customers: cables on their devices). */
        get: operations["get_api_v1_dcim_cables"];
        put?: never;
        /** Connect two interfaces (one live cable per interface: 409 when an end is taken). */
        post: operations["post_api_v1_dcim_cables"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dcim/cables/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A cable. */
        get: operations["get_api_v1_dcim_cables_id"];
        put?: never;
        post?: never;
        /** Decommission a cable: both ends are freed, the record stays. */
        delete: operations["delete_api_v1_dcim_cables_id"];
        options?: never;
        head?: never;
        /** Change a cable; status decommissioned frees both ends. */
        patch: operations["patch_api_v1_dcim_cables_id"];
        trace?: never;
    };
    "/api/v1/ipam/prefixes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List prefixes with their utilisation (customers: their own). */
        get: operations["get_api_v1_ipam_prefixes"];
        put?: never;
        /** Create a prefix (CIDR with host bits zero, else 400; no duplicates, nesting allowed). */
        post: operations["post_api_v1_ipam_prefixes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ipam/prefixes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A prefix with its utilisation. */
        get: operations["get_api_v1_ipam_prefixes_id"];
        put?: never;
        post?: never;
        /** Delete a prefix (its addresses stay). */
        delete: operations["delete_api_v1_ipam_prefixes_id"];
        options?: never;
        head?: never;
        /** Change a prefix. */
        patch: operations["patch_api_v1_ipam_prefixes_id"];
        trace?: never;
    };
    "/api/v1/ipam/prefixes/{id}/available-ips": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The next free addresses of a prefix, as an array (IPv4 skips network and broadcast below /31, IPv6 the subnet-router anycast address; pools use every address). */
        get: operations["get_api_v1_ipam_prefixes_id_available_ips"];
        put?: never;
        /** Allocate the next `count` free addresses of a prefix atomically (all or none; 409 when the prefix has fewer free). Answers the created addresses as an array. */
        post: operations["post_api_v1_ipam_prefixes_id_available_ips"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ipam/utilisation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Address utilisation per site and family, over the site's active top-level prefixes. Counts are integers up to 2^53 and decimal strings beyond. */
        get: operations["get_api_v1_ipam_utilisation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ipam/ip-addresses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List IP addresses (customers: their own). */
        get: operations["get_api_v1_ipam_ip_addresses"];
        put?: never;
        /** Create an IP address with its mask (409 when it exists, 422 outside the given prefix). */
        post: operations["post_api_v1_ipam_ip_addresses"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ipam/ip-addresses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An IP address. */
        get: operations["get_api_v1_ipam_ip_addresses_id"];
        put?: never;
        post?: never;
        /** Delete an IP address (the audit log keeps it). */
        delete: operations["delete_api_v1_ipam_ip_addresses_id"];
        options?: never;
        head?: never;
        /** Change an IP address. */
        patch: operations["patch_api_v1_ipam_ip_addresses_id"];
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's notifications, newest first (to the user, the user's staff roles or the user's customer). */
        get: operations["get_api_v1_notifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many of the caller's notifications are unread. */
        get: operations["get_api_v1_notifications_unread_count"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one of the caller's notifications read (idempotent). */
        post: operations["post_api_v1_notifications_id_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every attempt to deliver the outbox (e-mail and webhooks), newest first, with the state of its entry (pending, delivered, dead). */
        get: operations["get_api_v1_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deliveries/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make an undelivered outbox entry (failing or dead) due now, its attempts counted from zero; 409 notify.delivery.already_delivered when it was delivered. */
        post: operations["post_api_v1_deliveries_id_retry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether a notification was e-mailed, and when the first e-mail was accepted. */
        get: operations["get_api_v1_notifications_id_email"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Webhook subscriptions (removed ones are left out), oldest first. */
        get: operations["get_api_v1_webhooks"];
        put?: never;
        /** Subscribe a URL to topics (exact, or a prefix like invoice.*). The answer holds the signing secret, shown this once. */
        post: operations["post_api_v1_webhooks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A webhook subscription. */
        get: operations["get_api_v1_webhooks_id"];
        put?: never;
        post?: never;
        /** Remove a subscription: it gets nothing more; its deliveries stay listed. */
        delete: operations["delete_api_v1_webhooks_id"];
        options?: never;
        head?: never;
        /** Change a subscription's name, URL, topics, or switch it off and on. */
        patch: operations["patch_api_v1_webhooks_id"];
        trace?: never;
    };
    "/api/v1/me/notification-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One's e-mail address, whether notifications are e-mailed, and their language. */
        get: operations["get_api_v1_me_notification_settings"];
        /** Change one's e-mail address, switch notification e-mail off or on, or choose its language. */
        put: operations["put_api_v1_me_notification_settings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List hosting applications (customers: their own). pending_for=me is the caller's inbox: the review steps of their department, or a customer's drafts and returned ones. */
        get: operations["get_api_v1_applications"];
        put?: never;
        /** Create a hosting application as a draft (R3.1.1); staff name the customer. */
        post: operations["post_api_v1_applications"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An application with its timeline and the actions the caller may take. */
        get: operations["get_api_v1_applications_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a draft or returned application. */
        patch: operations["patch_api_v1_applications_id"];
        trace?: never;
    };
    "/api/v1/applications/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a workflow action: submit, approve, reject (reason), return (reason), withdraw. Each review step belongs to its department; one person approves at most one step. */
        post: operations["post_api_v1_applications_id_transitions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/feasibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The automatic feasibility assessment (R3.2.1): a placement for every device, power, weight, uplink bandwidth and free IPv4 addresses, with a reason for all that does not fit. Staff only. */
        get: operations["get_api_v1_applications_id_feasibility"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/feasibility/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept the current proposal: its units are reserved for the customer for 30 days. */
        post: operations["post_api_v1_applications_id_feasibility_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/catalogue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The published price list (R8.1): each item's price in force today and announced changes. all=true (catalogue.write) adds retired and unpriced items. */
        get: operations["get_api_v1_billing_catalogue"];
        put?: never;
        /** Add an item to the price list with its first price (from today unless given). */
        post: operations["post_api_v1_billing_catalogue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/catalogue/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A price list item with its price history. */
        get: operations["get_api_v1_billing_catalogue_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an item's names, description or tax rate; prices change by new versions only. */
        patch: operations["patch_api_v1_billing_catalogue_id"];
        trace?: never;
    };
    "/api/v1/billing/catalogue/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new price from a date (today or later, after the latest version), or retire=true: no price from that date. Versions are never edited. */
        post: operations["post_api_v1_billing_catalogue_id_versions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List contracts (customers: their own); expiring_within_days lists live contracts ending soon. */
        get: operations["get_api_v1_contracts"];
        put?: never;
        /** Draft the contract of an approved application (R3.2.3). */
        post: operations["post_api_v1_contracts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A contract with its versions, change agreements and settlement; as_of=YYYY-MM-DD answers the version in force that day. */
        get: operations["get_api_v1_contracts_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a draft contract's terms. */
        patch: operations["patch_api_v1_contracts_id"];
        trace?: never;
    };
    "/api/v1/contracts/{id}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the signature: the body is the signed scan (application/pdf, image/jpeg or image/png, at most 16 MiB), kept by its content hash. */
        post: operations["post_api_v1_contracts_id_sign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/scan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed scan. */
        get: operations["get_api_v1_contracts_id_scan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put a signed contract in force: the reserved units become planned devices of the customer and the application becomes contracted. */
        post: operations["post_api_v1_contracts_id_activate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/terminate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Terminate early for breach (R11.2.2), naming the side that ends it and why; opens the settlement checklist. */
        post: operations["post_api_v1_contracts_id_terminate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/settlement/{item_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Close (or reopen) a money item of the settlement checklist (R11.2.3); the items about the ledger follow it. */
        patch: operations["patch_api_v1_contracts_id_settlement_item_id"];
        trace?: never;
    };
    "/api/v1/contracts/{id}/termination-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The customer's requests to end the contract early, with their answers. */
        get: operations["get_api_v1_contracts_id_termination_requests"];
        put?: never;
        /** The customer asks to end its contract early (R11.2.2), with the reason and the desired end date; the business department accepts or declines. */
        post: operations["post_api_v1_contracts_id_termination_requests"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/termination-requests/{request_id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer a customer's request to end the contract: accept (terminated on `date`, default today, the customer the initiating side) or decline with a comment. */
        post: operations["post_api_v1_contracts_id_termination_requests_request_id_decision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/amendments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A contract's change agreements with their steps. */
        get: operations["get_api_v1_contracts_id_amendments"];
        put?: never;
        /** Propose a change agreement (R11.1): what changes, from when, and the rights and duties; the other side must agree. */
        post: operations["post_api_v1_contracts_id_amendments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/amendments/{amendment_id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** agree, reject (reason) or withdraw a change agreement: the other side agrees or rejects, the proposer withdraws. */
        post: operations["post_api_v1_contracts_id_amendments_amendment_id_transitions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/price-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Price changes (R8.3): change agreements that raise a price, with the notice sent, the earliest day each may take effect and whether the customer agreed; pending ones unless a status is asked for (customers: their own). */
        get: operations["get_api_v1_billing_price_changes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List payments received (a customer sees only its own). */
        get: operations["get_api_v1_billing_payments"];
        put?: never;
        /** Record a payment and allocate it (oldest open invoice first unless chosen); the rest stays as credit. */
        post: operations["post_api_v1_billing_payments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/payments/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What recording this payment would allocate, and the credit left; records nothing. */
        post: operations["post_api_v1_billing_payments_preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/payments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A payment with its allocations. */
        get: operations["get_api_v1_billing_payments_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/payments/{id}/reverse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reverse a payment (a bounced transfer): its allocations are undone. */
        post: operations["post_api_v1_billing_payments_id_reverse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/customers/{id}/balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A customer's outstanding, overdue, credit balance and deposits held. */
        get: operations["get_api_v1_billing_customers_id_balance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/customers/{id}/apply-credit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put the customer's credit balance on its open invoices, oldest first (or on one). */
        post: operations["post_api_v1_billing_customers_id_apply_credit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/customers/{id}/statement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A customer's statement of account: opening balance, every movement with the running balance, closing balance. */
        get: operations["get_api_v1_billing_customers_id_statement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Refunds paid, newest first (the latest 1,000). */
        get: operations["get_api_v1_billing_refunds"];
        put?: never;
        /** Pay back part or all of a customer's credit balance. */
        post: operations["post_api_v1_billing_refunds"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/deposits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deposits (保证金), newest first (the latest 1,000). */
        get: operations["get_api_v1_billing_deposits"];
        put?: never;
        /** Record a deposit received for a contract (on its own or out of a payment's credit). */
        post: operations["post_api_v1_billing_deposits"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/deposits/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A deposit. */
        get: operations["get_api_v1_billing_deposits_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/deposits/{id}/settle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** At the contract's end, release a deposit (pay it back) or offset it against the customer's open invoices, the rest paid back. */
        post: operations["post_api_v1_billing_deposits_id_settle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/ageing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Outstanding per customer by days past due on as_of: current (not yet due), 1-30, 31-60, 61-90, more than 90. */
        get: operations["get_api_v1_billing_ageing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/ageing/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ageing report's totals over every customer of the filter. */
        get: operations["get_api_v1_billing_ageing_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Devices (name, serial, asset tag, address), racks, customers, contracts, applications, addresses and prefixes matching q, a few of each kind the caller may read, grouped by kind. */
        get: operations["get_api_v1_search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/servicedesk/maintenance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Maintenance windows (customers: those announced to them, with only their own devices). */
        get: operations["get_api_v1_servicedesk_maintenance"];
        put?: never;
        /** Announce maintenance to the customers of the devices and racks named: scheduled at least [servicedesk] maintenance_notice_hours ahead, or emergency with its reason. */
        post: operations["post_api_v1_servicedesk_maintenance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/servicedesk/maintenance/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One maintenance window. */
        get: operations["get_api_v1_servicedesk_maintenance_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/servicedesk/maintenance/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel scheduled maintenance; its customers are told. */
        post: operations["post_api_v1_servicedesk_maintenance_id_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/servicedesk/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The agent queue (staff) or the customer's own tickets, filtered and sorted. */
        get: operations["get_api_v1_servicedesk_tickets"];
        put?: never;
        /** Raise a ticket: a customer for itself and its own devices and racks, staff for any customer. Priority comes from impact x urgency; a complaint is acknowledged at once. */
        post: operations["post_api_v1_servicedesk_tickets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/servicedesk/tickets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A ticket with its comments, timeline, attachments, complaint answers and SLA clocks (internal notes and steps for staff only). */
        get: operations["get_api_v1_servicedesk_tickets_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change impact and urgency (hence priority and targets) of an open ticket. */
        patch: operations["patch_api_v1_servicedesk_tickets_id"];
        trace?: never;
    };
    "/api/v1/servicedesk/tickets/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A public comment, or (staff) an internal note the customer never sees. */
        post: operations["post_api_v1_servicedesk_tickets_id_comments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/servicedesk/tickets/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a ticket: assign, start, wait for the customer (clocks pause), customer_reply, resolve, close, reopen (within [servicedesk] reopen_days). Customers may close or reopen their own. */
        post: operations["post_api_v1_servicedesk_tickets_id_actions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/servicedesk/tickets/{id}/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer a complaint (R7.2.2); the customer sees the answer and accepts or disputes it. */
        post: operations["post_api_v1_servicedesk_tickets_id_answers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/servicedesk/tickets/{id}/verdict": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The customer accepts or disputes the latest answer to its complaint; a dispute is flagged for a dispute case. */
        post: operations["post_api_v1_servicedesk_tickets_id_verdict"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/servicedesk/tickets/{id}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The customer's satisfaction (1-5) with a resolved or closed ticket. */
        post: operations["post_api_v1_servicedesk_tickets_id_rating"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/servicedesk/tickets/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attach a file (the body; types and size from [servicedesk]); staff may keep it internal. */
        post: operations["post_api_v1_servicedesk_tickets_id_attachments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/servicedesk/tickets/{id}/attachments/{attachment}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An attachment's file. */
        get: operations["get_api_v1_servicedesk_tickets_id_attachments_attachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/servicedesk/email-replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The e-mail reply hook: a mail gateway that has parsed a reply and authenticated its sender as a user calls this with that user's token; the ticket number (TK-…) comes from the subject. Adds a public comment. */
        post: operations["post_api_v1_servicedesk_email_replies"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/servicedesk/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public holidays and make-up working days (调休) loaded so far. */
        get: operations["get_api_v1_servicedesk_calendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/servicedesk/calendar/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Load a year's public holidays and make-up working days from the State Council's notice (replaces that year's). */
        put: operations["put_api_v1_servicedesk_calendar_year"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/servicedesk/contracts/{id}/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A contract's calendar and response and resolution targets per priority, in minutes. */
        get: operations["get_api_v1_servicedesk_contracts_id_targets"];
        /** Set a contract's calendar (7x24 or working hours on Chinese working days) and targets. */
        put: operations["put_api_v1_servicedesk_contracts_id_targets"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/servicedesk/levels/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The month's measured indicators (R7.1.2) of one customer (customers: their own) or of all: availability (measured=false when nothing covered the month), response and resolution against target, tickets by type and priority, complaints and their answer times, satisfaction. */
        get: operations["get_api_v1_servicedesk_levels_indicators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/servicedesk/levels/credits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The month's SLA credits with their computation (R9.2.1); customers see their own. */
        get: operations["get_api_v1_servicedesk_levels_credits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/servicedesk/levels/credits/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One SLA credit and how it was computed. */
        get: operations["get_api_v1_servicedesk_levels_credits_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/servicedesk/levels/credits/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Finance approves a credit as computed, or adjusts its amount with a reason; the amount is left for billing as a negative charge on the next invoice. */
        post: operations["post_api_v1_servicedesk_levels_credits_id_review"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/servicedesk/levels/month-end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Compute the month's SLA credits now (the daily job does it on the month's first day after); once per contract and month. */
        post: operations["post_api_v1_servicedesk_levels_month_end"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/servicedesk/contracts/{id}/credit-table": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A contract's SLA credit table (the default ladder when it has none of its own). */
        get: operations["get_api_v1_servicedesk_contracts_id_credit_table"];
        /** Set a contract's SLA credit table: steps of falling thresholds and rising credits (basis points of the affected service's monthly fee) and the cap of the month's fee. */
        put: operations["put_api_v1_servicedesk_contracts_id_credit_table"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/servicedesk/levels/outages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A customer's recorded outages of a month (customers: their own). */
        get: operations["get_api_v1_servicedesk_levels_outages"];
        put?: never;
        /** Record an outage by hand (announced_maintenance: it fell in announced maintenance and does not count). */
        post: operations["post_api_v1_servicedesk_levels_outages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/servicedesk/levels/outages/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a customer's outages of a month, all or none; the month then counts as measured (an import with no outages says it had none). */
        post: operations["post_api_v1_servicedesk_levels_outages_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/servicedesk/levels/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Data-loss compensation claims (R9.2.2); customers see their own. */
        get: operations["get_api_v1_servicedesk_levels_claims"];
        put?: never;
        /** Claim compensation for lost data on a contract, with the evidence and the amount claimed. */
        post: operations["post_api_v1_servicedesk_levels_claims"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/servicedesk/levels/claims/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Finance assesses a claim (finding and amount offered), agrees it (the amount goes to billing as a negative charge) or rejects it. */
        post: operations["post_api_v1_servicedesk_levels_claims_id_decision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/servicedesk/levels/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Improvement actions (R7.3) by due date; overdue=true: only those past due and not closed. */
        get: operations["get_api_v1_servicedesk_levels_actions"];
        put?: never;
        /** Open an improvement action with its owner and due date, linked to incidents and complaints. */
        post: operations["post_api_v1_servicedesk_levels_actions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/servicedesk/levels/actions/{id}/steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move an improvement action on: start, verify (how its effect was checked), reject the verification, or close a verified action. */
        post: operations["post_api_v1_servicedesk_levels_actions_id_steps"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/servicedesk/levels/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A customer's monthly service-quality report (R7.1.2): availability per contract and service against its target (measured=false when nothing measured it), tickets, complaints, satisfaction, SLA credits and the improvement actions linked to its tickets. {id} is the customer; customers read only their own. */
        get: operations["get_api_v1_servicedesk_levels_reports_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/servicedesk/levels/reports/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The customer's monthly service-quality report as a PDF in the reader's language. */
        get: operations["get_api_v1_servicedesk_levels_reports_id_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/servicedesk/levels/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Management's monthly service-quality report over every customer: contracts as the month-end computation measured them, tickets, complaints, satisfaction, credits granted and the improvement actions open in the month (the per-customer lines: /report/customers). */
        get: operations["get_api_v1_servicedesk_levels_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/servicedesk/levels/report/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The month's line per customer with tickets or an SLA computation: tickets answered and resolved on time, complaints answered, satisfaction, contracts meeting their target and credits granted, aggregated in the database. */
        get: operations["get_api_v1_servicedesk_levels_report_customers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/servicedesk/levels/report/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Management's monthly service-quality report as a PDF, with every customer's line. */
        get: operations["get_api_v1_servicedesk_levels_report_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/usage/meters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List usage meters (a customer sees only its own). */
        get: operations["get_api_v1_usage_meters"];
        put?: never;
        /** Create a usage meter (a switch port or a power meter) for a customer. */
        post: operations["post_api_v1_usage_meters"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/usage/meters/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A usage meter. */
        get: operations["get_api_v1_usage_meters_id"];
        put?: never;
        post?: never;
        /** Retire a usage meter: kept with its samples, it takes no new ones. */
        delete: operations["delete_api_v1_usage_meters_id"];
        options?: never;
        head?: never;
        /** Change a usage meter (its kind stays; retire it with status retired). */
        patch: operations["patch_api_v1_usage_meters_id"];
        trace?: never;
    };
    "/api/v1/usage/meters/{id}/samples": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Write up to 10,000 samples: five-minute rates {t, in_bps, out_bps} or interface counters {t, in_octets, out_octets} (with counter_width 32 or 64) for a port, register readings {t, wh} for a power meter. All or nothing: 422 usage.samples.invalid names each bad sample. */
        post: operations["post_api_v1_usage_meters_id_samples"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/usage/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import samples from a text/csv body (columns meter (name or id), timestamp, in_bps, out_bps or wh): valid lines are written and the others reported; with all_or_nothing=true a bad line writes nothing (422 usage.import.rejected). */
        post: operations["post_api_v1_usage_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/usage/meters/{id}/series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A meter's samples from..to (default the last seven days): five-minute points, or hourly/daily min, max and average for long ranges; power: readings and energy. */
        get: operations["get_api_v1_usage_meters_id_series"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/usage/contracts/{id}/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A contract's usage for business days from..to (default this month): 95th percentiles (in, out, max, sample_max, sum) and energy per meter and summed. */
        get: operations["get_api_v1_usage_contracts_id_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List invoices and credit notes (customers: their own). */
        get: operations["get_api_v1_billing_invoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/invoices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An invoice or credit note with its lines, the buyer and seller as issued, its credit notes and what is left to pay. */
        get: operations["get_api_v1_billing_invoices_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Always 409 billing.invoice.immutable: an issued invoice is corrected by a credit note. */
        patch: operations["patch_api_v1_billing_invoices_id"];
        trace?: never;
    };
    "/api/v1/billing/invoices/{id}/credit-notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue a credit note (红字) against an invoice: lines with amounts before tax, or an amount including tax; never more than is left un-credited. */
        post: operations["post_api_v1_billing_invoices_id_credit_notes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/invoices/{id}/fapiao": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the 数电发票 number issued for the invoice (20 digits, once). */
        post: operations["post_api_v1_billing_invoices_id_fapiao"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Billing runs, newest first, with their counts, notes and errors. */
        get: operations["get_api_v1_billing_runs"];
        put?: never;
        /** Run billing for a day now (idempotent: what was billed is not billed again; an unfinished run of the day is continued). */
        post: operations["post_api_v1_billing_runs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/runs/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What a billing run on `date` would bill, per contract, writing nothing. */
        get: operations["get_api_v1_billing_runs_preview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/runs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A billing run. */
        get: operations["get_api_v1_billing_runs_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/billing-profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The customer's buyer details for the fapiao (empty fields when none are recorded). */
        get: operations["get_api_v1_customers_id_billing_profile"];
        /** Set the customer's buyer details (the taxpayer id is checked; a special VAT fapiao needs address, phone, bank and account). */
        put: operations["put_api_v1_customers_id_billing_profile"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/customers/{id}/statement/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A customer's monthly statement of account as a PDF (对账单): opening balance, every movement, closing balance and the ageing of what is owed, in the reader's language. */
        get: operations["get_api_v1_billing_customers_id_statement_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/invoices/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The invoice or credit note as a PDF statement in the reader's language (lang=zh-CN|en-US, else Accept-Language). */
        get: operations["get_api_v1_billing_invoices_id_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/monitoring/samples": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Store pushed readings (sensors that are not polled): {samples: [{metric, labels, t (Unix ms, default now), value}]}. All rows or none: a bad row answers 422 with an error per row; samples older than or at the newest stored one of their series are counted and dropped. */
        post: operations["post_api_v1_monitoring_samples"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/monitoring/samples/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import readings from text/csv with the header metric,time,value,labels (time: ISO-8601 or Unix ms; labels: name=value;name=value). All lines or none. */
        post: operations["post_api_v1_monitoring_samples_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/monitoring/series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Series matching a selector (metric{name="value",...}, equality matchers), by id; customers see only series labelled with their customer_id. */
        get: operations["get_api_v1_monitoring_series"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/monitoring/query_range": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A series' samples in [from, to]: raw when step is 0, else the average per step (seconds; from the five-minute rollups when step is a multiple of 300). */
        get: operations["get_api_v1_monitoring_query_range"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/monitoring/promql": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A PromQL query passed to [monitoring] promql_url (VictoriaMetrics or Prometheus): an instant query, or a range query when start, end and step are given. Staff only. */
        get: operations["get_api_v1_monitoring_promql"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/penalties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Late-payment penalties (违约金) per invoice that has been overdue: accrued, waived, billed and waiting for the next invoice (customers: their own). */
        get: operations["get_api_v1_billing_penalties"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/invoices/{id}/penalties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An invoice's late-payment penalty with its waivers and the reminders sent for it. */
        get: operations["get_api_v1_billing_invoices_id_penalties"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/invoices/{id}/penalties/waive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Waive all or part of an invoice's penalty that is not on an invoice yet, with a reason (audited). A penalty already billed is waived by a credit note on that invoice. */
        post: operations["post_api_v1_billing_invoices_id_penalties_waive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/invoices/{id}/penalties/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pause (an invoice in dispute, with the reason) or resume an invoice's penalty; paused days accrue nothing and are not caught up. */
        post: operations["post_api_v1_billing_invoices_id_penalties_pause"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Payment reminders sent (before, on and after the due date), newest first. */
        get: operations["get_api_v1_billing_reminders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/suspensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Suspensions of service (停机) for non-payment, abuse or over-use (customers: their own). */
        get: operations["get_api_v1_billing_suspensions"];
        put?: never;
        /** Propose a suspension to management for non-payment (an overdue invoice needed), or for abuse or over-use with the evidence; operations' abuse or over-use suspension is in force at once (R9.1.2). */
        post: operations["post_api_v1_billing_suspensions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/suspensions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A suspension with the devices it stopped, its timeline and what the caller may do. */
        get: operations["get_api_v1_billing_suspensions_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/suspensions/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** approve or reject (reason) a proposed suspension (management); withdraw it (reason); propose_lift, approve_lift or reject_lift (reason). Approving stops the contract's devices in the ledger; approving a lift restores them. */
        post: operations["post_api_v1_billing_suspensions_id_transitions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/contracts/{id}/standing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A contract's overdue amount, unbilled penalty and open suspension (the contract page's banner, the portal's notice). */
        get: operations["get_api_v1_billing_contracts_id_standing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/monitoring/devices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Devices the poller polls (a customer sees only its own). */
        get: operations["get_api_v1_monitoring_devices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/monitoring/devices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A polled device with its discovered interfaces and checks. */
        get: operations["get_api_v1_monitoring_devices_id"];
        /** Poll a ledger device (by its id), or change how: SNMP version and credentials (stored encrypted, never answered), intervals. */
        put: operations["put_api_v1_monitoring_devices_id"];
        post?: never;
        /** Stop polling a device and forget its credentials and checks. */
        delete: operations["delete_api_v1_monitoring_devices_id"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/monitoring/devices/{id}/checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a TCP port or HTTP URL check to a polled device. */
        post: operations["post_api_v1_monitoring_devices_id_checks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/monitoring/checks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a check. */
        delete: operations["delete_api_v1_monitoring_checks_id"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/monitoring/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Alerts, newest first (a customer sees only its own, read-only). */
        get: operations["get_api_v1_monitoring_alerts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/monitoring/alerts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An alert with its history: fired, acknowledged, resolved or recovered, who and when. */
        get: operations["get_api_v1_monitoring_alerts_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/monitoring/alerts/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Acknowledge a firing alert (409 monitoring.alert.not_firing otherwise). */
        post: operations["post_api_v1_monitoring_alerts_id_acknowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/monitoring/alerts/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resolve an alert by hand (409 monitoring.alert.resolved when it already is). */
        post: operations["post_api_v1_monitoring_alerts_id_resolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/monitoring/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Availability of a customer's polled devices over [from, to): minutes, outage minutes (after down_after_failures failed checks, outside maintenance), maintenance minutes. */
        get: operations["get_api_v1_monitoring_availability"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/monitoring/advice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Optimisation advice for [from, to): ports above 80 % or idle at the 95th percentile, power feeds near capacity, rooms out of range (operations only), each with a suggested action. */
        get: operations["get_api_v1_monitoring_advice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/monitoring/maintenance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Maintenance windows overlapping [from, to) (instants; every window without them); a customer sees those on its own devices, racks and rooms. */
        get: operations["get_api_v1_monitoring_maintenance"];
        put?: never;
        /** Plan a maintenance window on a device, rack or room: alerts inside it are silenced and outage inside it is not counted. */
        post: operations["post_api_v1_monitoring_maintenance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/monitoring/maintenance/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A maintenance window. */
        get: operations["get_api_v1_monitoring_maintenance_id"];
        /** Change a maintenance window before it starts (409 monitoring.maintenance.started after); the affected customers are told of the change. */
        put: operations["put_api_v1_monitoring_maintenance_id"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/monitoring/maintenance/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a maintenance window: one not yet started is withdrawn, one in progress ends now (409 monitoring.maintenance.ended when it is over); the affected customers are told. */
        post: operations["post_api_v1_monitoring_maintenance_id_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** People authorised to enter the site (a customer sees only its own); ID numbers and phones masked. */
        get: operations["get_api_v1_facility_people"];
        put?: never;
        /** Add a person to a customer's list (ID number and phone stored encrypted); waits for staff approval. */
        post: operations["post_api_v1_facility_people"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An authorised person (masked). */
        get: operations["get_api_v1_facility_people_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/people/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve or reject a pending authorised person. */
        post: operations["post_api_v1_facility_people_id_decision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/people/{id}/identity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The person's ID number and phone in clear, for the front desk; every read is audited. */
        get: operations["get_api_v1_facility_people_id_identity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Visits (a customer sees only its own); day= lists those whose window touches a UTC day. */
        get: operations["get_api_v1_facility_visits"];
        put?: never;
        /** Request a visit for an authorised person: window, rooms or racks, purpose, what is carried. */
        post: operations["post_api_v1_facility_visits"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/visits/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A visit, with its code once approved. */
        get: operations["get_api_v1_facility_visits_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/visits/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve (giving the visit its code) or reject a requested visit. */
        post: operations["post_api_v1_facility_visits_id_decision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/visits/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a visit that has not begun. */
        post: operations["post_api_v1_facility_visits_id_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/desk/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The front desk's lookup of a visit by its code: who, when, where. */
        get: operations["get_api_v1_facility_desk_code"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/desk/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check a visitor in at a room with the escort; a refusal (person not authorised, outside the window, room not granted) is logged and answered 422. */
        post: operations["post_api_v1_facility_desk_check_in"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/desk/check-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check a visitor out. */
        post: operations["post_api_v1_facility_desk_check_out"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The entry/exit log per room, refusals included, for auditors. */
        get: operations["get_api_v1_facility_entries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/slips": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Equipment slips (a customer sees only its own). */
        get: operations["get_api_v1_facility_slips"];
        put?: never;
        /** Request an equipment slip: ledger devices or new ones by serial, moving in or out. */
        post: operations["post_api_v1_facility_slips"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/slips/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An equipment slip with its devices. */
        get: operations["get_api_v1_facility_slips_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/slips/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve or reject a slip; moving out devices of a contract in arrears or suspended then waits for finance's release. */
        post: operations["post_api_v1_facility_slips_id_decision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/slips/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Finance releases an approved slip that waits for it. */
        post: operations["post_api_v1_facility_slips_id_release"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/slips/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The devices have moved: the ledger's devices become installed (in) or decommissioned (out) in the same transaction. */
        post: operations["post_api_v1_facility_slips_id_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Change requests (staff). */
        get: operations["get_api_v1_facility_changes"];
        put?: never;
        /** Request a change: what, why, risk, rollback plan, window, scope (the affected customers are computed from it unless listed) and checklist; technical is told. */
        post: operations["post_api_v1_facility_changes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/changes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A change request with its checklist, timeline and the actions the caller may take. */
        get: operations["get_api_v1_facility_changes_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/changes/{id}/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace the customers a change affects (before its final approval tells them). */
        put: operations["put_api_v1_facility_changes_id_customers"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/changes/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** approve (technical; at high risk then management, another person), reject or cancel with a reason, start, close with a result (successful needs the checklist done; rolled back or failed a note). The final approval tells the affected customers. */
        post: operations["post_api_v1_facility_changes_id_actions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/changes/{id}/checklist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tick or untick a checklist step of a change in progress. */
        post: operations["post_api_v1_facility_changes_id_checklist"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/configs/devices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Network devices whose running configuration is backed up, with their last fetch (customers: their own). */
        get: operations["get_api_v1_configs_devices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/configs/devices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A device's backup settings, host key and last fetch (the ledger device id). */
        get: operations["get_api_v1_configs_devices_id"];
        /** Back up a ledger network device's configuration, or change how: SSH port, user, password or private key (sealed, never answered), host key, interval, vendor override. */
        put: operations["put_api_v1_configs_devices_id"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/configs/devices/{id}/fetch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Fetch the running configuration now; answers the fetch as recorded (a failure too). */
        post: operations["post_api_v1_configs_devices_id_fetch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/configs/devices/{id}/accept-host-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept the changed host key the device presented (the fingerprint, as checked with the device's owner); audited. */
        post: operations["post_api_v1_configs_devices_id_accept_host_key"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/configs/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stored configuration versions, newest first (customers: their own devices'). */
        get: operations["get_api_v1_configs_versions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/configs/fetches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every fetch of a configuration with its result, newest first (customers: their own). */
        get: operations["get_api_v1_configs_fetches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/configs/versions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A configuration version with its text, secrets masked; secrets=true shows them to a holder of configs.secrets.read (audited). */
        get: operations["get_api_v1_configs_versions_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/configs/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The unified diff between two versions of one device's configuration, secrets masked unless secrets=true (configs.secrets.read; audited). */
        get: operations["get_api_v1_configs_diff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/today": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The shift's day: visits expected and check-ins so far, rounds and work orders due, changes in progress and today, open alerts. */
        get: operations["get_api_v1_facility_today"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Emergency plans, each flagged when no drill was held in twelve months. */
        get: operations["get_api_v1_facility_plans"];
        put?: never;
        /** A new emergency plan for a scenario, with its first version. */
        post: operations["post_api_v1_facility_plans"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An emergency plan with every version, newest first. */
        get: operations["get_api_v1_facility_plans_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/plans/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new version of the plan; the one before is superseded, never edited. */
        post: operations["post_api_v1_facility_plans_id_versions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/drills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The drill calendar. */
        get: operations["get_api_v1_facility_drills"];
        put?: never;
        /** Schedule a drill of a plan on the calendar. */
        post: operations["post_api_v1_facility_drills"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/drills/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A drill with its timeline, findings and follow-up actions. */
        get: operations["get_api_v1_facility_drills_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/drills/{id}/record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a scheduled drill as held, with its participants (the plan's version in force is the one drilled). */
        post: operations["post_api_v1_facility_drills_id_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/drills/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a scheduled drill. */
        post: operations["post_api_v1_facility_drills_id_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/drills/{id}/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A timeline entry or a finding of a held drill. */
        post: operations["post_api_v1_facility_drills_id_entries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/drills/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A follow-up action of a held drill, with its owner and due date. */
        post: operations["post_api_v1_facility_drills_id_actions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/drill-actions/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a follow-up action with what was done; answers its drill. */
        post: operations["post_api_v1_facility_drill_actions_id_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/drill-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The yearly drill plan report: per plan the drills scheduled and held, findings and follow-up actions, and plans without a drill in twelve months; the year's calendar. */
        get: operations["get_api_v1_facility_drill_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/drill-report/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The yearly drill plan report as a PDF in the reader's language: per plan its scenario, version and owner, the year's drills with dates, findings and open follow-up actions, and plans without a drill in twelve months flagged. */
        get: operations["get_api_v1_facility_drill_report_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/assets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Infrastructure assets: UPS, batteries, generators, ATS, precision air conditioning, gas suppression, fire detection, distribution boards. */
        get: operations["get_api_v1_facility_assets"];
        put?: never;
        /** Add an infrastructure asset in a room, optionally on a power feed. */
        post: operations["post_api_v1_facility_assets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/assets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An infrastructure asset. */
        get: operations["get_api_v1_facility_assets_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an asset (what is given); null clears the power feed or installation date. */
        patch: operations["patch_api_v1_facility_assets_id"];
        trace?: never;
    };
    "/api/v1/facility/maintenance-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Maintenance plans: a schedule and a checklist template for one asset or a kind of asset. */
        get: operations["get_api_v1_facility_maintenance_plans"];
        put?: never;
        /** Add a maintenance plan: every N days or months from its first due date, with a checklist (yes/no, readings with unit and acceptable range, photos). */
        post: operations["post_api_v1_facility_maintenance_plans"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/maintenance-plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A maintenance plan. */
        get: operations["get_api_v1_facility_maintenance_plans_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a maintenance plan: the create form's fields, all given. Work orders already generated keep their due dates; later ones follow the new schedule. */
        patch: operations["patch_api_v1_facility_maintenance_plans_id"];
        trace?: never;
    };
    "/api/v1/facility/maintenance-plans/{id}/active": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pause or resume a plan; a paused plan generates no work orders. */
        post: operations["post_api_v1_facility_maintenance_plans_id_active"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/work-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Maintenance work orders; overdue ones (not closed, due before today) are flagged. */
        get: operations["get_api_v1_facility_work_orders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/work-orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A work order with its checklist, answers (failed items marked) and photos. */
        get: operations["get_api_v1_facility_work_orders_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/work-orders/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign a work order (a closed one answers 409). */
        post: operations["post_api_v1_facility_work_orders_id_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/work-orders/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Fill in checklist items (by key): yes/no, readings in the item's unit. A reading in another unit or physically impossible answers 422 and changes nothing. */
        put: operations["put_api_v1_facility_work_orders_id_results"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/work-orders/{id}/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a photo (the body, JPEG or PNG) for a checklist item. */
        post: operations["post_api_v1_facility_work_orders_id_photos"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/work-orders/{id}/photos/{photo}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A work order's photo. */
        get: operations["get_api_v1_facility_work_orders_id_photos_photo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/work-orders/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Every checklist item answered and photographed: the work order waits for sign-off. */
        post: operations["post_api_v1_facility_work_orders_id_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/work-orders/{id}/sign-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A second person signs a completed work order off: it closes with the plan's next due date. */
        post: operations["post_api_v1_facility_work_orders_id_sign_off"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/patrol-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Patrol templates: routes of checkpoints with their QR codes and checklist items. */
        get: operations["get_api_v1_facility_patrol_templates"];
        put?: never;
        /** Add a patrol template: checkpoints in walking order (room, rack, asset or yard, each with its QR payload) and their items (yes/no, readings with unit and acceptable range, photos). */
        post: operations["post_api_v1_facility_patrol_templates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/patrol-templates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A patrol template. */
        get: operations["get_api_v1_facility_patrol_templates_id"];
        /** Change a template: a new version; rounds already generated keep the route they were made from. */
        put: operations["put_api_v1_facility_patrol_templates_id"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/patrol-readings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readings recorded in patrol rounds, newest first; with template and checkpoint, the history of one checkpoint of a route. */
        get: operations["get_api_v1_facility_patrol_readings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/patrol-templates/{id}/trend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The readings of one numeric item at one checkpoint, oldest first (the latest `limit`). */
        get: operations["get_api_v1_facility_patrol_templates_id_trend"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/patrol-schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Patrol schedules: every N hours, daily or weekly in the business time zone, with a grace period. */
        get: operations["get_api_v1_facility_patrol_schedules"];
        put?: never;
        /** Add a schedule to a template; a schedule that never falls due answers 400 facility.patrol.no_next_date. */
        post: operations["post_api_v1_facility_patrol_schedules"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/patrol-schedules/{id}/active": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pause or resume a schedule; a paused one generates no rounds. */
        post: operations["post_api_v1_facility_patrol_schedules_id_active"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/patrol-rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Patrol rounds, newest due first; missed (not started by the deadline), late (not submitted by it) and overdue ones flagged. */
        get: operations["get_api_v1_facility_patrol_rounds"];
        put?: never;
        /** An unscheduled round of a template, due now. */
        post: operations["post_api_v1_facility_patrol_rounds"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/patrol-rounds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A round with the route it is walked against, visits, readings, photos and findings. */
        get: operations["get_api_v1_facility_patrol_rounds_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/patrol-rounds/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a round (409 when already started or submitted). */
        post: operations["post_api_v1_facility_patrol_rounds_id_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/patrol-rounds/{id}/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a checkpoint: the payload of its QR code (scanned, or typed: manual) and the answers to its items. A wrong code, a reading in another unit or physically impossible answers 422 and changes nothing; a failed item opens one ticket per round and item. */
        post: operations["post_api_v1_facility_patrol_rounds_id_visits"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/patrol-rounds/{id}/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a photo (the body, JPEG or PNG) for a checkpoint's item. */
        post: operations["post_api_v1_facility_patrol_rounds_id_photos"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/patrol-rounds/{id}/photos/{photo}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A round's photo. */
        get: operations["get_api_v1_facility_patrol_rounds_id_photos_photo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/patrol-rounds/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit a round with every checkpoint visited and item answered; late after its deadline. */
        post: operations["post_api_v1_facility_patrol_rounds_id_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rectification orders opened by patrol findings on rooms, assets and the yard, earliest deadline first. */
        get: operations["get_api_v1_facility_findings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/findings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A rectification order with its timeline and the steps the caller may take. */
        get: operations["get_api_v1_facility_findings_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/findings/{id}/photo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The photo of the rectification. */
        get: operations["get_api_v1_facility_findings_id_photo"];
        put?: never;
        /** Upload the photo of the rectification (the body, JPEG or PNG), replacing an earlier one. */
        post: operations["post_api_v1_facility_findings_id_photo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/findings/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign the order to a staff member (again to reassign). */
        post: operations["post_api_v1_facility_findings_id_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/findings/{id}/rectify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record what was done to rectify the defect. */
        post: operations["post_api_v1_facility_findings_id_rectify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/findings/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm the rectification and close the order; someone other than the rectifier (409 facility.finding.same_person). */
        post: operations["post_api_v1_facility_findings_id_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/findings/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a rectification back to the assignee, with the reason. */
        post: operations["post_api_v1_facility_findings_id_reopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facility/findings/{id}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close the order as not a defect, with the reason. */
        post: operations["post_api_v1_facility_findings_id_dismiss"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/disputes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Dispute cases (a customer sees only its own). */
        get: operations["get_api_v1_disputes"];
        put?: never;
        /** Open a dispute case from a complaint, an invoice (its late fee pauses) or on a contract. */
        post: operations["post_api_v1_disputes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/disputes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A dispute case with its negotiation log, deadlines, linked records and the steps allowed. */
        get: operations["get_api_v1_disputes_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/disputes/{id}/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add to the negotiation log: a meeting, proposal, document, note or hearing. */
        post: operations["post_api_v1_disputes_id_entries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/disputes/{id}/deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a deadline to the case; an open deadline keeps the case from closing. */
        post: operations["post_api_v1_disputes_id_deadlines"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/disputes/{id}/deadlines/{deadline}/done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a deadline of the case done. */
        post: operations["post_api_v1_disputes_id_deadlines_deadline_done"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/disputes/{id}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Link an invoice (its late fee pauses) or ticket of the customer to the case. */
        post: operations["post_api_v1_disputes_id_links"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/disputes/{id}/links/{link}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a link from an open case; 409 disputes.legal_hold while the case is under legal hold. */
        delete: operations["delete_api_v1_disputes_id_links_link"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/disputes/{id}/escalate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Negotiation failed: take the case to the arbitration commission or court agreed in the contract. */
        post: operations["post_api_v1_disputes_id_escalate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/disputes/{id}/case": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The case number and next hearing date of an escalated case. */
        post: operations["post_api_v1_disputes_id_case"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/disputes/{id}/hold": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put the case's records under legal hold (with the reason) or release them. */
        post: operations["post_api_v1_disputes_id_hold"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/disputes/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close the case with its outcome (a credit goes on the contract's next invoice; a termination opens the contract's termination request, ending on end_date or today; a payment plan's instalments keep the case's invoices free of late fees and collection steps until one is overdue); 409 while a deadline is open. */
        post: operations["post_api_v1_disputes_id_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/breaches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Breach records of either side (a customer sees only its own). */
        get: operations["get_api_v1_breaches"];
        put?: never;
        /** Record a breach of the contract by the customer or by the operator, with the clause. */
        post: operations["post_api_v1_breaches"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/breaches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A breach record with its evidence and the steps allowed. */
        get: operations["get_api_v1_breaches_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/breaches/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add evidence: a ticket or invoice of the customer, an alert or entry-log entry, a document. */
        post: operations["post_api_v1_breaches_id_evidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/breaches/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Choose the consequence: a penalty or compensation on the next invoice, a suspension proposed to management, a termination, or none. */
        post: operations["post_api_v1_breaches_id_decision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/breaches/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a breach record once its consequence is decided. */
        post: operations["post_api_v1_breaches_id_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/breaches/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm a breach proposed from monitoring: it is open, to be decided and closed. */
        post: operations["post_api_v1_breaches_id_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/breaches/{id}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dismiss a breach proposed from monitoring, saying why: it is closed with no consequence. */
        post: operations["post_api_v1_breaches_id_dismiss"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/compliance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every clause of the regulation with its status over the last year: passing, failing, no data (never passing) or not measured yet; value, target, trend and the failing items. */
        get: operations["get_api_v1_compliance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/compliance/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The compliance view as a PDF report in the reader's language (lang=zh-CN|en-US, else Accept-Language), signed with the audit chain's head; its SHA-256 is recorded in the audit log (X-Colo-Sha256). */
        get: operations["get_api_v1_compliance_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/compliance/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Checks a compliance report PDF (the body) against the SHA-256 recorded when it was made: verified with the audit entry that recorded it, or not. */
        post: operations["post_api_v1_compliance_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/confidentiality/levels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The sensitivity level of each category of customer information (R10.1). */
        get: operations["get_api_v1_confidentiality_levels"];
        put?: never;
        /** Set a category's sensitivity level. */
        post: operations["post_api_v1_confidentiality_levels"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/confidentiality/customers/{id}/holdings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What Colo holds about the customer: records per category and their sensitivity. */
        get: operations["get_api_v1_confidentiality_customers_id_holdings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/confidentiality/disclosures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Disclosure requests and disclosures (a customer sees those made to it, unless the law forbids telling). */
        get: operations["get_api_v1_confidentiality_disclosures"];
        put?: never;
        /** Request a disclosure to an authority or third party; it needs the customer's written consent (uploaded next) or a legal basis (R10.2). */
        post: operations["post_api_v1_confidentiality_disclosures"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/confidentiality/disclosures/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A disclosure request or disclosure and the steps allowed. */
        get: operations["get_api_v1_confidentiality_disclosures_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/confidentiality/disclosures/{id}/consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The customer's written consent as uploaded. */
        get: operations["get_api_v1_confidentiality_disclosures_id_consent"];
        put?: never;
        /** Upload the customer's written consent (PDF, JPEG or PNG; the body). */
        post: operations["post_api_v1_confidentiality_disclosures_id_consent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/confidentiality/disclosures/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Management approves the disclosure (409 when decided already). */
        post: operations["post_api_v1_confidentiality_disclosures_id_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/confidentiality/disclosures/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Management rejects the disclosure, saying why. */
        post: operations["post_api_v1_confidentiality_disclosures_id_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/confidentiality/disclosures/{id}/disclose": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the approved disclosure as made: when, what, to whom, by whom. */
        post: operations["post_api_v1_confidentiality_disclosures_id_disclose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/confidentiality/sensitive-reads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reads of decrypted personal data (ID numbers, phones), from the audit log. */
        get: operations["get_api_v1_confidentiality_sensitive_reads"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/confidentiality/obligations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each contract's confidentiality obligation and the day it ends, which outlives the contract (R10.3); a customer sees its own. */
        get: operations["get_api_v1_confidentiality_obligations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/confidentiality/obligations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The years the contract's obligation runs after it ends ({id}: the contract). */
        post: operations["post_api_v1_confidentiality_obligations_id"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/confidentiality/customers/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Start the export of everything held about the customer (audited): its sections and their counts; each section is read in pages. */
        get: operations["get_api_v1_confidentiality_customers_id_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/confidentiality/customers/{id}/export/{section}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One page of an export section (at most 1000 records from `start`), records as held. */
        get: operations["get_api_v1_confidentiality_customers_id_export_section"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/backups/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Backup plans (customers: their own). */
        get: operations["get_api_v1_backups_plans"];
        put?: never;
        /** Create a backup plan for a contract: what (paths or a dump command), schedule, retention, the restic repository, its location and password (sealed), restore tests. */
        post: operations["post_api_v1_backups_plans"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/backups/plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One backup plan. */
        get: operations["get_api_v1_backups_plans_id"];
        /** Edit a backup plan (the password is kept when left out). */
        put: operations["put_api_v1_backups_plans_id"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/backups/plans/{id}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run the plan's backup now; answers the finished run (failed runs alert and open a ticket). */
        post: operations["post_api_v1_backups_plans_id_run"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/backups/plans/{id}/restore-test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Test a restore of the plan's latest snapshot now (into a scratch directory, verified, removed); answers the run. */
        post: operations["post_api_v1_backups_plans_id_restore_test"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/backups/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Backup runs, newest first (customers: their own). */
        get: operations["get_api_v1_backups_runs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/backups/runs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One backup run with its log excerpt. */
        get: operations["get_api_v1_backups_runs_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/backups/runs/reported": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report a finished run of an engine Colo does not drive (Veeam, Bacula) into the same records; a failed one alerts and opens a ticket. */
        post: operations["post_api_v1_backups_runs_reported"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/backups/restores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Restore requests (customers: their own). */
        get: operations["get_api_v1_backups_restores"];
        put?: never;
        /** Request a restore: plan, snapshot, paths, and the original place or another path of the customer's own (another customer's: 422). Operations is told. */
        post: operations["post_api_v1_backups_restores"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/backups/restores/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One restore request with every step. */
        get: operations["get_api_v1_backups_restores_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/backups/restores/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a requested restore (operations). */
        post: operations["post_api_v1_backups_restores_id_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/backups/restores/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a requested restore with a reason (operations). */
        post: operations["post_api_v1_backups_restores_id_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/backups/restores/{id}/execute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Execute an approved restore and verify it (restic check, sizes and SHA-256 against the snapshot). */
        post: operations["post_api_v1_backups_restores_id_execute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/backups/restores/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The customer confirms a verified restore. */
        post: operations["post_api_v1_backups_restores_id_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/firewall/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Firewall requests (a customer sees only its own). */
        get: operations["get_api_v1_firewall_requests"];
        put?: never;
        /** Ask to open (lines) or close (rule_ids) access on one of the customer's devices. */
        post: operations["post_api_v1_firewall_requests"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/firewall/requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A firewall request with its lines. */
        get: operations["get_api_v1_firewall_requests_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/firewall/requests/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve or reject a firewall request with a risk level and note (security review). */
        post: operations["post_api_v1_firewall_requests_id_review"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/firewall/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The firewall rules in force per customer and device; history=true adds the removed ones. */
        get: operations["get_api_v1_firewall_rules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vulns/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Consents to scanning (a customer sees its own). */
        get: operations["get_api_v1_vulns_consents"];
        put?: never;
        /** Record a customer's consent to scanning of its own prefixes and addresses (a customer records its own in the portal; staff record a signed consent with its document). */
        post: operations["post_api_v1_vulns_consents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vulns/consents/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a consent: scans it covered are refused from now on. */
        post: operations["post_api_v1_vulns_consents_id_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vulns/consents/{id}/document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed consent document. */
        get: operations["get_api_v1_vulns_consents_id_document"];
        put?: never;
        /** Upload the signed consent (application/pdf, image/jpeg or image/png, at most 16 MiB), kept by its content hash. */
        post: operations["post_api_v1_vulns_consents_id_document"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vulns/allowed-ports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ports a customer declares as its services: open, they are not findings. */
        get: operations["get_api_v1_vulns_allowed_ports"];
        put?: never;
        /** Declare a port as the customer's service. */
        post: operations["post_api_v1_vulns_allowed_ports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vulns/allowed-ports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Withdraw a declared port. */
        delete: operations["delete_api_v1_vulns_allowed_ports_id"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vulns/schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Scheduled scans. */
        get: operations["get_api_v1_vulns_schedules"];
        put?: never;
        /** Schedule scans of a customer's own addresses (covered by its consent) every N days. */
        post: operations["post_api_v1_vulns_schedules"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vulns/schedules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a schedule (targets, profile, ports, interval, next run, active). */
        put: operations["put_api_v1_vulns_schedules_id"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vulns/scans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Scans run and reports imported (a customer sees its own). */
        get: operations["get_api_v1_vulns_scans"];
        put?: never;
        /** Scan now with nmap (TCP connect, unprivileged): only the customer's own addresses covered by a consent in force. Answered at once with the scan running; poll the scan until it is done or failed. */
        post: operations["post_api_v1_vulns_scans"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vulns/scans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A scan with the open ports and services it saw. */
        get: operations["get_api_v1_vulns_scans_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vulns/scans/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import an nmap (-oX) or OpenVAS/GVM XML report of the customer's own addresses; the body is the XML. */
        post: operations["post_api_v1_vulns_scans_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vulns/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Findings, one per host, port and plugin across scans (a customer sees its own). */
        get: operations["get_api_v1_vulns_findings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vulns/findings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A finding with its history and the steps the caller may take. */
        get: operations["get_api_v1_vulns_findings_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vulns/findings/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The customer (or staff) acknowledges the finding. */
        post: operations["post_api_v1_vulns_findings_id_acknowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vulns/findings/{id}/fix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Claim the finding fixed; a rescan verifies or reopens it. */
        post: operations["post_api_v1_vulns_findings_id_fix"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vulns/findings/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept the risk, with the reason; the approver is recorded. */
        post: operations["post_api_v1_vulns_findings_id_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vulns/findings/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Name the finding's owner (the customer's contact or staff). */
        post: operations["post_api_v1_vulns_findings_id_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vulns/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Security assessments of customers and of the operator itself. */
        get: operations["get_api_v1_vulns_assessments"];
        put?: never;
        /** Record a security assessment (of a customer, or without one of the operator itself). */
        post: operations["post_api_v1_vulns_assessments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vulns/assessments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An assessment with its findings and actions. */
        get: operations["get_api_v1_vulns_assessments_id"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vulns/assessments/{id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a finding or an action with its owner and due date. */
        post: operations["post_api_v1_vulns_assessments_id_items"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vulns/assessments/{id}/items/{item}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close an item with how it was resolved. */
        post: operations["post_api_v1_vulns_assessments_id_items_item_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vulns/assessments/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close the assessment once every item is closed. */
        post: operations["post_api_v1_vulns_assessments_id_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/home": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's home pages: one per department the caller belongs to (business, technical, management, operations, finance) or the customer portal's, each with the cards the caller may see. Figures are aggregated in SQL; trends are 12 weeks or 12 months in the business time zone; a customer's figures count only its own objects. */
        get: operations["get_api_v1_home"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A list as a CSV (UTF-8 with BOM) or XLSX file: the list at `path` with its filters, as the caller sees it, in the columns asked for. */
        get: operations["get_api_v1_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Version: {
            name: string;
            version: string;
            /** @enum {string} */
            database: "sqlite" | "postgresql";
            time_zone: string;
        };
        User: {
            id: number;
            username: string;
            display_name: string;
            email: string;
            roles: string[];
            customer_id: number | null;
            customer_name: string | null;
            permissions: string[];
            active: boolean;
            created_at: string;
            last_login_at: string | null;
        };
        SignIn: {
            user?: components["schemas"]["User"];
            csrf_token?: string;
            /** @enum {string} */
            second_factor?: "totp" | "totp_enrol";
            challenge?: string;
            recovery_codes?: string[];
        };
        TotpEnrolment: {
            secret: string;
            otpauth_uri: string;
        };
        TotpStatus: {
            enabled: boolean;
            pending: boolean;
            required: boolean;
            recovery_codes_left: number;
        };
        RecoveryCodes: {
            recovery_codes: string[];
        };
        Session: {
            user: components["schemas"]["User"];
            csrf_token: string;
        };
        Revoked: {
            sessions_revoked: number;
            tokens_revoked: number;
        };
        ApiToken: {
            id: number;
            name: string;
            read_only: boolean;
            expires_at: string | null;
            created_at: string;
            last_used_at: string | null;
            token?: string;
        };
        SavedView: {
            id: number;
            page: string;
            name: string;
            query: unknown;
            created_at: string;
            updated_at: string;
        };
        UserPage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["User"][];
        };
        UserRevoked: {
            id: number;
            username: string;
            display_name: string;
            email: string;
            roles: string[];
            customer_id: number | null;
            customer_name: string | null;
            permissions: string[];
            active: boolean;
            created_at: string;
            last_login_at: string | null;
            sessions_revoked: number;
            tokens_revoked: number;
        };
        Role: {
            name: string;
            label_en: string;
            label_zh: string;
            customer: boolean;
            permissions: string[];
        };
        AuditEntry: {
            id: number;
            at: string;
            actor_id: number;
            actor: string;
            roles: string[];
            request_id: string;
            source: string;
            object_type: string;
            object_id: string;
            action: string;
            customer_id: number | null;
            before: unknown;
            after: unknown;
            hash: string;
        };
        AuditEntryPage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["AuditEntry"][];
        };
        AuditActors: {
            results: string[];
        };
        Contact: {
            id: number;
            name: string;
            role: string;
            phone: string;
            email: string;
        };
        Customer: {
            id: number;
            name: string;
            credit_code?: string | null;
            address?: string;
            /** @enum {string} */
            status: "prospect" | "active" | "suspended" | "closed";
            created_at?: string;
            updated_at?: string;
            contacts?: components["schemas"]["Contact"][];
        };
        CustomerPage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["Customer"][];
        };
        Site: {
            id: number;
            name: string;
            slug: string;
            address?: string;
            time_zone?: string;
            uplink_mbps?: number;
            created_at?: string;
            updated_at?: string;
        };
        SitePage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["Site"][];
        };
        Utilisation: {
            /** @enum {string} */
            scope: "site" | "room" | "row" | "rack";
            id: number;
            name: string;
            racks: number;
            devices: number;
            units: {
                total: number;
                used: number;
                used_front: number;
                used_rear: number;
                reserved: number;
                free: number;
                used_pct: number;
            };
            power: {
                capacity_a_w: number;
                capacity_b_w: number;
                allocated_a_w: number;
                allocated_b_w: number;
                available_a_w: number;
                available_b_w: number;
                used_a_pct: number;
                used_b_pct: number;
                used_pct: number;
            };
            ports: {
                total: number;
                enabled: number;
            };
            room_id?: number;
        };
        SiteDetail: {
            id: number;
            name: string;
            slug: string;
            address?: string;
            time_zone?: string;
            uplink_mbps?: number;
            created_at?: string;
            updated_at?: string;
            utilisation?: components["schemas"]["Utilisation"];
        };
        Ref: {
            id: number;
            name: string;
        };
        Room: {
            id: number;
            name: string;
            site: components["schemas"]["Ref"];
            floor?: string;
            temp_min_c?: number;
            temp_max_c?: number;
            humidity_min_pct?: number;
            humidity_max_pct?: number;
            created_at?: string;
            updated_at?: string;
        };
        RoomPage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["Room"][];
        };
        RoomDetail: {
            id: number;
            name: string;
            site: components["schemas"]["Ref"];
            floor?: string;
            temp_min_c?: number;
            temp_max_c?: number;
            humidity_min_pct?: number;
            humidity_max_pct?: number;
            created_at?: string;
            updated_at?: string;
            utilisation?: components["schemas"]["Utilisation"];
            rows: components["schemas"]["Utilisation"][];
        };
        RackRow: {
            name: string;
            room: components["schemas"]["Ref"];
            site_id: number;
            racks: number;
        };
        RackRowPage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["RackRow"][];
        };
        RackListItem: {
            id: number;
            name: string;
            site?: components["schemas"]["Ref"];
            room?: components["schemas"]["Ref"];
            row?: string;
            facility_id?: string | null;
            u_height?: number;
            descending?: boolean;
            power_a_w?: number;
            power_b_w?: number;
            max_weight_kg?: number;
            /** @enum {string} */
            status: "planned" | "active" | "reserved" | "decommissioned";
            customer_id?: number | null;
            created_at?: string;
            updated_at?: string;
            utilisation?: components["schemas"]["Utilisation"];
        };
        RackListItemPage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["RackListItem"][];
        };
        CsvReport: {
            created: number;
            updated: number;
            unchanged: number;
        };
        Rack: {
            id: number;
            name: string;
            site?: components["schemas"]["Ref"];
            room?: components["schemas"]["Ref"];
            row?: string;
            facility_id?: string | null;
            u_height?: number;
            descending?: boolean;
            power_a_w?: number;
            power_b_w?: number;
            max_weight_kg?: number;
            /** @enum {string} */
            status: "planned" | "active" | "reserved" | "decommissioned";
            customer_id?: number | null;
            created_at?: string;
            updated_at?: string;
        };
        BulkReport: {
            updated: number;
            unchanged: number;
        };
        PowerFeed: {
            id: number;
            name: string;
            /** @enum {string} */
            side: "A" | "B";
            rack: components["schemas"]["Ref"];
            voltage?: number;
            amperage?: number;
            /** @enum {string} */
            phase?: "single" | "three";
            max_utilisation_pct?: number;
            capacity_w?: number;
            /** @enum {string} */
            status?: "active" | "planned" | "offline";
            panel?: string;
            created_at?: string;
            updated_at?: string;
        };
        RackDetail: {
            id: number;
            name: string;
            site?: components["schemas"]["Ref"];
            room?: components["schemas"]["Ref"];
            row?: string;
            facility_id?: string | null;
            u_height?: number;
            descending?: boolean;
            power_a_w?: number;
            power_b_w?: number;
            max_weight_kg?: number;
            /** @enum {string} */
            status: "planned" | "active" | "reserved" | "decommissioned";
            customer_id?: number | null;
            created_at?: string;
            updated_at?: string;
            utilisation?: components["schemas"]["Utilisation"];
            power_feeds: components["schemas"]["PowerFeed"][];
        };
        ElevationUnit: {
            /** @enum {string} */
            kind: "device" | "reserved";
            position: number;
            units: number;
            /** @enum {string} */
            face: "front" | "rear" | "both";
            label: string;
            device_id: number | null;
            customer_id: number | null;
            reservation_id: number | null;
            colour: string;
        };
        Elevation: {
            rack: components["schemas"]["Rack"];
            units: components["schemas"]["ElevationUnit"][];
        };
        PowerFeedPage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["PowerFeed"][];
        };
        InterfaceTemplate: {
            name: string;
            type: string;
            mgmt_only: boolean;
            speed_mbps: number | null;
        };
        PowerPortTemplate: {
            name: string;
            type: string;
            maximum_draw_w: number | null;
            allocated_draw_w: number | null;
        };
        DeviceType: {
            id: number;
            manufacturer: string;
            model: string;
            slug: string;
            part_number?: string;
            u_height?: number;
            full_depth?: boolean;
            typical_power_w?: number;
            max_power_w?: number;
            power_ports?: number;
            weight_kg?: number | null;
            interfaces?: components["schemas"]["InterfaceTemplate"][];
            power_port_templates?: components["schemas"]["PowerPortTemplate"][];
            device_count?: number;
        };
        DeviceTypePage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["DeviceType"][];
        };
        ImportReport: {
            imported: number;
            updated: number;
            unchanged: number;
            skipped: {
                file: string;
                reason: string;
            }[];
        };
        DeviceTypeRef: {
            id: number;
            label: string;
            manufacturer: string;
            model: string;
        };
        DeviceEvent: {
            kind: string;
            detail: string;
            actor: string;
            at: string;
        };
        Maintenance: {
            id: number;
            performed_on: string;
            performed_by: string;
            summary: string;
            next_due: string | null;
        };
        Device: {
            id: number;
            name: string;
            /** @enum {string} */
            status: "planned" | "installed" | "active" | "maintenance" | "decommissioned";
            device_type?: components["schemas"]["DeviceTypeRef"];
            u_height?: number;
            full_depth?: boolean;
            /** @enum {string} */
            role?: "server" | "switch" | "router" | "firewall" | "pdu" | "storage" | "other";
            serial?: string;
            asset_tag?: string | null;
            customer_id?: number | null;
            site_id?: number | null;
            room_id?: number | null;
            site?: components["schemas"]["Ref"] | null;
            room?: components["schemas"]["Ref"] | null;
            rack?: components["schemas"]["Ref"] | null;
            position?: number | null;
            /** @enum {string|null} */
            face?: "front" | "rear" | null;
            redundant_power?: boolean;
            /** @enum {string} */
            feed?: "A" | "B";
            max_power_w?: number;
            weight_kg?: number | null;
            mgmt_address?: string;
            config_notes?: string;
            created_at?: string;
            updated_at?: string;
            history?: components["schemas"]["DeviceEvent"][];
            maintenance?: components["schemas"]["Maintenance"][];
        };
        DevicePage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["Device"][];
        };
        Reservation: {
            id: number;
            rack_id: number;
            customer_id: number;
            position: number;
            units: number;
            reason: string;
            expires_at: string;
            created_at: string;
        };
        ReservationPage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["Reservation"][];
        };
        Interface: {
            id: number;
            device: components["schemas"]["Ref"];
            name: string;
            type?: string;
            speed_mbps?: number | null;
            mgmt_only?: boolean;
            enabled?: boolean;
            description?: string;
            customer_id?: number | null;
            rack_id?: number | null;
        };
        InterfacePage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["Interface"][];
        };
        Vlan: {
            id: number;
            vid: number;
            name: string;
            site?: number | null;
            /** @enum {string} */
            status?: "active" | "reserved" | "deprecated";
            customer?: number | null;
            description?: string;
            created_at?: string;
            updated_at?: string;
        };
        VlanPage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["Vlan"][];
        };
        VlanRef: {
            id: number;
            vid: number;
            name: string;
            site: number | null;
        };
        InterfaceVlans: {
            interface: number;
            /** @enum {string|null} */
            mode: "access" | "tagged" | "tagged-all" | null;
            untagged_vlan: components["schemas"]["VlanRef"] | null;
            tagged_vlans: components["schemas"]["VlanRef"][];
        };
        CableEnd: {
            id: number;
            name: string | null;
            device: {
                id: number;
                name: string | null;
            };
        };
        Cable: {
            id: number;
            a_interface?: components["schemas"]["CableEnd"];
            b_interface?: components["schemas"]["CableEnd"];
            /** @enum {string} */
            type?: "cat6" | "cat6a" | "mmf-om4" | "smf-os2" | "dac" | "power";
            /** @enum {string} */
            status: "planned" | "connected" | "decommissioned";
            label: string;
            length_m?: number | null;
            colour?: string;
            created_at?: string;
            updated_at?: string;
        };
        CablePage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["Cable"][];
        };
        AddressUtilisation: {
            used: number | string;
            total: number | string;
            percent: number;
        };
        Prefix: {
            id: number;
            prefix: string;
            family: number;
            site?: number | null;
            vlan?: number | null;
            customer?: number | null;
            /** @enum {string} */
            status?: "container" | "active" | "reserved" | "deprecated";
            is_pool?: boolean;
            description?: string;
            created_at?: string;
            updated_at?: string;
            utilisation?: components["schemas"]["AddressUtilisation"];
        };
        PrefixPage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["Prefix"][];
        };
        FreeAddress: {
            address: string;
            family: number;
        };
        AddressAssignment: {
            interface: {
                id: number;
                name: string;
            };
            device: {
                id: number;
                name: string;
            };
        };
        IpAddress: {
            id: number;
            address: string;
            family: number;
            /** @enum {string} */
            status?: "active" | "reserved" | "deprecated" | "dhcp";
            /** @enum {string|null} */
            role?: "loopback" | "secondary" | "anycast" | "vip" | "vrrp" | "hsrp" | "glbp" | "carp" | null;
            customer?: number | null;
            interface?: number | null;
            dns_name?: string;
            description?: string;
            prefix?: number | null;
            assigned?: components["schemas"]["AddressAssignment"] | null;
            created_at?: string;
            updated_at?: string;
        };
        SiteAddressUtilisation: {
            used: number | string;
            total: number | string;
            percent: number;
            site: number;
            family: number;
            prefixes: number;
        };
        SiteAddressUtilisationPage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["SiteAddressUtilisation"][];
        };
        IpAddressPage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["IpAddress"][];
        };
        Notification: {
            id: number;
            topic: string;
            title: string;
            title_en: string;
            title_zh: string;
            body: string;
            link: string;
            created_at: string;
            read: boolean;
            /** @enum {string} */
            email_status: "none" | "pending" | "sent" | "failed" | "dead";
            email_sent_at: string | null;
        };
        NotificationPage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["Notification"][];
        };
        UnreadCount: {
            count: number;
        };
        Delivery: {
            id: number;
            outbox_id: number;
            notification_id: number | null;
            /** @enum {string} */
            channel: "email" | "webhook";
            target: string;
            /** @enum {string} */
            status: "delivered" | "failed" | "not_configured";
            response_code: number | null;
            reply: string | null;
            error: string | null;
            attempted_at: string;
            topic: string;
            /** @enum {string} */
            outbox_status: "pending" | "delivered" | "dead";
            attempts: number;
            next_attempt_at: string;
        };
        DeliveryPage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["Delivery"][];
        };
        OutboxEntry: {
            id: number;
            topic: string;
            notification_id: number | null;
            attempts: number;
            /** @enum {string} */
            status: "pending" | "delivered" | "dead";
            next_attempt_at: string;
            delivered_at: string | null;
            dead_at: string | null;
            last_error: string | null;
        };
        EmailStatus: {
            /** @enum {string} */
            status: "none" | "pending" | "sent" | "failed" | "dead";
            sent_at: string | null;
        };
        Webhook: {
            id: number;
            name: string;
            url: string;
            topics: string[];
            active: boolean;
            created_at: string;
            updated_at: string;
        };
        WebhookPage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["Webhook"][];
        };
        CreatedWebhook: {
            id: number;
            name: string;
            url: string;
            topics: string[];
            active: boolean;
            created_at: string;
            updated_at: string;
            secret: string;
        };
        NotificationSettings: {
            email: string;
            email_enabled: boolean;
            /** @enum {string} */
            language: "zh-CN" | "en-US";
        };
        ApplicationDeviceLine: {
            device_type_id: number | null;
            label: string;
            u_height: number;
            full_depth: boolean;
            power_w: number;
            power_stated: boolean;
            weight_kg: number;
            count: number;
        };
        ApplicationNeeds: {
            site_id: number | null;
            room_id: number | null;
            /** @enum {string} */
            space: "units" | "racks";
            units: number;
            racks: number;
            power_kw: number;
            power_w: number;
            redundant: boolean;
            bandwidth_mbps: number;
            ipv4_count: number;
            start_date: string | null;
            term_months: number;
            extra_services: ("remote_hands" | "data_backup")[];
            notes: string;
        };
        AcceptedPlacement: {
            proposal: unknown;
            reservation_ids: number[];
            accepted_at: string;
            accepted_by: string;
            expires_at: string;
        };
        Application: {
            id: number;
            number: string;
            customer: components["schemas"]["Ref"];
            /** @enum {string} */
            status: "draft" | "business_review" | "technical_review" | "management_review" | "approved" | "contracted" | "returned" | "rejected" | "withdrawn";
            created_by: components["schemas"]["Ref"];
            submitted_at: string | null;
            decided_at: string | null;
            contract_id: number | null;
            created_at: string;
            updated_at: string;
            device_count: number;
            start_date: string | null;
            term_months: number;
            company?: unknown;
            devices?: components["schemas"]["ApplicationDeviceLine"][];
            needs?: components["schemas"]["ApplicationNeeds"];
            placement?: components["schemas"]["AcceptedPlacement"] | null;
        };
        ApplicationPage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["Application"][];
        };
        WorkflowStep: {
            id: number;
            action: string;
            from: string;
            to: string;
            actor_id: number;
            actor: string;
            roles: string;
            comment: string;
            at: string;
        };
        ApplicationDetail: {
            id: number;
            number: string;
            customer: components["schemas"]["Ref"];
            /** @enum {string} */
            status: "draft" | "business_review" | "technical_review" | "management_review" | "approved" | "contracted" | "returned" | "rejected" | "withdrawn";
            created_by: components["schemas"]["Ref"];
            submitted_at: string | null;
            decided_at: string | null;
            contract_id: number | null;
            created_at: string;
            updated_at: string;
            device_count: number;
            start_date: string | null;
            term_months: number;
            company?: unknown;
            devices?: components["schemas"]["ApplicationDeviceLine"][];
            needs?: components["schemas"]["ApplicationNeeds"];
            placement?: components["schemas"]["AcceptedPlacement"] | null;
            timeline: components["schemas"]["WorkflowStep"][];
            actions: string[];
            editable: boolean;
            can_accept_feasibility: boolean;
        };
        PlacementRack: {
            id: number;
            name: string;
            room: components["schemas"]["Ref"];
            site: components["schemas"]["Ref"];
        };
        PlacementReason: {
            code: string;
            message: string;
        };
        FeasibilityItem: {
            line: number;
            copy: number;
            label: string;
            spare: boolean;
            device_type_id: number | null;
            height_hu: number;
            u_height: number;
            full_depth: boolean;
            power_w: number;
            weight_kg: number;
            placed: boolean;
            rack?: components["schemas"]["PlacementRack"];
            bottom_hu?: number;
            position?: string | null;
            face?: string;
            feed?: string;
            load_a_w?: number;
            load_b_w?: number;
            reason?: components["schemas"]["PlacementReason"];
        };
        PlacementWholeRack: {
            id: number;
            name: string;
            room: components["schemas"]["Ref"];
            site: components["schemas"]["Ref"];
            u_height: number;
        };
        FeasibilityReason: {
            code: string;
            message: string;
            item: number | null;
        };
        Feasibility: {
            feasible: boolean;
            site: components["schemas"]["Ref"] | null;
            preferred_room: components["schemas"]["Ref"] | null;
            items: components["schemas"]["FeasibilityItem"][];
            racks: components["schemas"]["PlacementRack"][];
            whole_racks: components["schemas"]["PlacementWholeRack"][];
            power: {
                requested_w: number;
                devices_max_w: number;
            };
            bandwidth: {
                requested_mbps: number;
                uplink_mbps: number | null;
                committed_mbps: number;
                headroom_mbps: number | null;
                /** @enum {string} */
                status: "ok" | "insufficient" | "unknown";
            };
            ipv4: {
                requested: number;
                free: number | null;
                /** @enum {string} */
                status: "ok" | "insufficient" | "unknown";
            };
            reasons: components["schemas"]["FeasibilityReason"][];
            computed_at: string;
        };
        PriceVersion: {
            id: number;
            effective_from: string;
            price_fen: number | null;
            retires: boolean;
            note: string;
            created_by: string;
            created_at: string;
        };
        CatalogueItem: {
            id: number;
            code: string;
            name_zh: string;
            name_en: string;
            /** @enum {string} */
            service: "rack_space" | "whole_rack" | "power" | "bandwidth" | "ip_addresses" | "remote_hands" | "data_backup" | "other";
            unit: string;
            /** @enum {string} */
            mode: "recurring" | "one_off" | "usage";
            /** @enum {string|null} */
            metric: "bandwidth_p95" | "power_kwh" | null;
            /** @enum {string} */
            billing_cycle: "monthly" | "quarterly" | "yearly";
            tax_rate_bp: number;
            description: string;
            price_fen: number | null;
            price_from: string | null;
            upcoming: components["schemas"]["PriceVersion"][];
            versions: components["schemas"]["PriceVersion"][];
            created_at: string;
            updated_at: string;
        };
        CatalogueItemPage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["CatalogueItem"][];
        };
        ContractParties: {
            operator: string;
            customer: string;
        };
        ContractAmounts: {
            currency: string;
            monthly_fen: number;
            total_fen: number;
        };
        Confidentiality: {
            years: number;
            until: string;
        };
        ContractSigning: {
            signed_at: string;
            signed_by: {
                id: number | null;
                name: string | null;
            };
            customer_signatory: string | null;
            signed_on: string | null;
            scan: {
                content_type: string | null;
                file_name: string | null;
                size: number | null;
                hash: string | null;
                url: string;
            };
        };
        ContractTermination: {
            date: string;
            initiated_by: string | null;
            reason: string | null;
        };
        Contract: {
            id: number;
            number: string;
            application_id: number | null;
            customer: components["schemas"]["Ref"];
            parties: components["schemas"]["ContractParties"];
            /** @enum {string} */
            status: "draft" | "signed" | "active" | "expired" | "terminated";
            effective_date: string;
            end_date: string;
            term_months: number;
            auto_renew: boolean;
            notice_days: number;
            version: number;
            amounts: components["schemas"]["ContractAmounts"];
            confidentiality: components["schemas"]["Confidentiality"];
            created_by: string;
            created_at: string;
            updated_at: string;
            signing: components["schemas"]["ContractSigning"] | null;
            activated_at: string | null;
            activated_by: string | null;
            ended_at: string | null;
            termination: components["schemas"]["ContractTermination"] | null;
        };
        ContractPage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["Contract"][];
        };
        LineItem: {
            /** @enum {string} */
            service: "rack_space" | "whole_rack" | "power" | "bandwidth" | "ip_addresses" | "remote_hands" | "data_backup" | "other";
            description: string;
            quantity: number;
            unit_price_fen: number;
            /** @enum {string} */
            billing_cycle: "monthly" | "quarterly" | "yearly";
            /** @enum {string} */
            mode: "recurring" | "one_off" | "usage";
            catalogue_item: string | null;
            unit: string;
            tax_rate_bp: number;
            /** @enum {string|null} */
            metric: "bandwidth_p95" | "power_kwh" | null;
            /** @enum {string} */
            p95_basis: "in" | "out" | "max" | "sample_max" | "sum";
            included_quantity: number;
        };
        ContractTerms: {
            effective_date: string;
            end_date: string;
            term_months: number;
            auto_renew: boolean;
            notice_days: number;
            line_items: components["schemas"]["LineItem"][];
            /** @enum {string} */
            currency: "CNY";
            sla_availability_bp: number;
            sla_response_minutes: number;
            late_fee_bp_per_day: number;
            late_fee_cap_bp: number;
            confidentiality_years: number;
        };
        ContractVersion: {
            version: number;
            effective_from: string;
            /** @enum {string} */
            reason: "initial" | "amendment" | "renewal";
            amendment_id: number | null;
            created_at: string;
            terms: components["schemas"]["ContractTerms"];
        };
        AmendmentProposer: {
            /** @enum {string} */
            side: "operator" | "customer";
            id: number;
            name: string;
        };
        ContractChanges: {
            line_items?: components["schemas"]["LineItem"][];
            end_date?: string;
            term_months?: number;
            auto_renew?: boolean;
            notice_days?: number;
            sla_availability_bp?: number;
            sla_response_minutes?: number;
            late_fee_bp_per_day?: number;
            late_fee_cap_bp?: number;
            confidentiality_years?: number;
        };
        PriceRise: {
            line: number;
            /** @enum {string} */
            service: "rack_space" | "whole_rack" | "power" | "bandwidth" | "ip_addresses" | "remote_hands" | "data_backup" | "other";
            catalogue_item: string | null;
            description: string;
            /** @enum {string} */
            billing_cycle: "monthly" | "quarterly" | "yearly";
            old_price_fen: number | null;
            new_price_fen: number;
        };
        Amendment: {
            id: number;
            contract_id: number;
            number: number;
            /** @enum {string} */
            status: "proposed_by_operator" | "proposed_by_customer" | "agreed" | "effective" | "rejected" | "withdrawn" | "lapsed";
            proposed_by: components["schemas"]["AmendmentProposer"];
            effective_date: string;
            summary: string;
            rights_duties: string;
            changes: components["schemas"]["ContractChanges"];
            version: number | null;
            created_at: string;
            updated_at: string;
            price_change: boolean;
            notified_at: string | null;
            notification_id: number | null;
            earliest_date: string | null;
            price_rises: components["schemas"]["PriceRise"][];
            timeline: components["schemas"]["WorkflowStep"][];
            actions: string[];
        };
        SettlementItem: {
            id: number;
            /** @enum {string} */
            kind: "final_invoice" | "deposit" | "equipment_move_out" | "reservations_released" | "addresses_reclaimed";
            done: boolean;
            note: string;
            done_by: string | null;
            done_at: string | null;
        };
        TerminationRequest: {
            id: number;
            contract_id: number;
            /** @enum {string} */
            status: "open" | "accepted" | "declined" | "closed";
            reason: string;
            desired_date: string;
            requested_by: components["schemas"]["Ref"];
            decided_by: string | null;
            decided_at: string | null;
            decision_comment: string;
            created_at: string;
            updated_at: string;
        };
        MoveOutTask: {
            id: number;
            device: components["schemas"]["Ref"];
            device_status: string;
            done: boolean;
            created_at: string;
        };
        ContractDetail: {
            id: number;
            number: string;
            application_id: number | null;
            customer: components["schemas"]["Ref"];
            parties: components["schemas"]["ContractParties"];
            /** @enum {string} */
            status: "draft" | "signed" | "active" | "expired" | "terminated";
            effective_date: string;
            end_date: string;
            term_months: number;
            auto_renew: boolean;
            notice_days: number;
            version: number;
            amounts: components["schemas"]["ContractAmounts"];
            confidentiality: components["schemas"]["Confidentiality"];
            created_by: string;
            created_at: string;
            updated_at: string;
            signing: components["schemas"]["ContractSigning"] | null;
            activated_at: string | null;
            activated_by: string | null;
            ended_at: string | null;
            termination: components["schemas"]["ContractTermination"] | null;
            terms: components["schemas"]["ContractTerms"];
            as_of: string | null;
            in_force: components["schemas"]["ContractVersion"] | null;
            versions: components["schemas"]["ContractVersion"][];
            amendments: components["schemas"]["Amendment"][];
            settlement: components["schemas"]["SettlementItem"][];
            termination_requests: components["schemas"]["TerminationRequest"][];
            move_out_tasks: components["schemas"]["MoveOutTask"][];
            actions: string[];
        };
        PriceChange: {
            id: number;
            number: number;
            contract: components["schemas"]["Ref"];
            customer: components["schemas"]["Ref"];
            /** @enum {string} */
            status: "proposed_by_operator" | "proposed_by_customer" | "agreed" | "effective" | "rejected" | "withdrawn" | "lapsed";
            /** @enum {string} */
            proposed_by_side: "operator" | "customer";
            summary: string;
            effective_date: string;
            notice_days: number;
            accepted: boolean;
            price_change: boolean;
            notified_at: string | null;
            notification_id: number | null;
            earliest_date: string | null;
            price_rises: components["schemas"]["PriceRise"][];
        };
        PriceChangePage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["PriceChange"][];
        };
        Payment: {
            id: number;
            customer: components["schemas"]["Ref"];
            amount_fen: number;
            received_on: string;
            /** @enum {string} */
            method: "bank_transfer" | "cash" | "cheque" | "other";
            bank_reference: string;
            payer_name: string;
            note: string;
            /** @enum {string} */
            status: "received" | "reversed";
            allocated_fen: number;
            deposit_fen: number;
            refunded_fen: number;
            unallocated_fen: number;
            reversal_reason: string | null;
            reversed_at: string | null;
            reversed_by: string | null;
            created_by: string;
            created_at: string;
        };
        PaymentPage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["Payment"][];
        };
        PaymentAllocation: {
            id: number;
            invoice: components["schemas"]["Ref"];
            payment_id: number | null;
            deposit_id: number | null;
            amount_fen: number;
            created_by: string;
            created_at: string;
            reversed_at: string | null;
        };
        PaymentDetail: {
            id: number;
            customer: components["schemas"]["Ref"];
            amount_fen: number;
            received_on: string;
            /** @enum {string} */
            method: "bank_transfer" | "cash" | "cheque" | "other";
            bank_reference: string;
            payer_name: string;
            note: string;
            /** @enum {string} */
            status: "received" | "reversed";
            allocated_fen: number;
            deposit_fen: number;
            refunded_fen: number;
            unallocated_fen: number;
            reversal_reason: string | null;
            reversed_at: string | null;
            reversed_by: string | null;
            created_by: string;
            created_at: string;
            allocations: components["schemas"]["PaymentAllocation"][];
        };
        PlannedAllocation: {
            invoice: components["schemas"]["Ref"];
            due_date: string;
            outstanding_fen: number;
            amount_fen: number;
        };
        AllocationPreview: {
            allocations: components["schemas"]["PlannedAllocation"][];
            allocated_fen: number;
            credit_fen: number;
        };
        CustomerBalance: {
            customer: components["schemas"]["Ref"];
            outstanding_fen: number;
            overdue_fen: number;
            open_invoices: number;
            credit_fen: number;
            deposits_held_fen: number;
        };
        StatementEntry: {
            date: string;
            /** @enum {string} */
            kind: "invoice" | "credit_note" | "payment" | "reversal" | "refund" | "deposit_taken" | "deposit_offset";
            ref_id: number;
            reference: string;
            debit_fen: number;
            credit_fen: number;
            balance_fen: number;
        };
        Statement: {
            customer: components["schemas"]["Ref"];
            from: string;
            to: string;
            opening_fen: number;
            debit_fen: number;
            credit_fen: number;
            closing_fen: number;
            entries: components["schemas"]["StatementEntry"][];
        };
        Refund: {
            id: number;
            customer: components["schemas"]["Ref"];
            /** @enum {string} */
            source: "credit" | "deposit";
            deposit_id: number | null;
            amount_fen: number;
            refunded_on: string;
            reference: string;
            note: string;
            created_by: string;
            created_at: string;
        };
        Deposit: {
            id: number;
            customer: components["schemas"]["Ref"];
            contract: components["schemas"]["Ref"];
            payment_id: number | null;
            amount_fen: number;
            received_on: string;
            reference: string;
            note: string;
            /** @enum {string} */
            status: "held" | "released" | "offset";
            offset_fen: number;
            released_fen: number;
            settled_on: string | null;
            settled_by: string | null;
            created_by: string;
            created_at: string;
        };
        AgeingRow: {
            customer: components["schemas"]["Ref"];
            current_fen: number;
            d1_30_fen: number;
            d31_60_fen: number;
            d61_90_fen: number;
            d90_plus_fen: number;
            total_fen: number;
            invoices: number;
        };
        AgeingRowPage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["AgeingRow"][];
        };
        AgeingAmounts: {
            current_fen: number;
            d1_30_fen: number;
            d31_60_fen: number;
            d61_90_fen: number;
            d90_plus_fen: number;
            total_fen: number;
            invoices: number;
        };
        AgeingSummary: {
            as_of: string;
            customers: number;
            totals: components["schemas"]["AgeingAmounts"];
        };
        SearchHit: {
            id: number;
            title: string;
            subtitle: string;
            customer_id: number | null;
        };
        SearchGroup: {
            /** @enum {string} */
            type: "devices" | "racks" | "customers" | "contracts" | "applications" | "addresses" | "prefixes";
            results: components["schemas"]["SearchHit"][];
            more: boolean;
        };
        SearchAnswer: {
            q: string;
            groups: components["schemas"]["SearchGroup"][];
        };
        ServicedeskObject: {
            kind: string;
            id: number;
            label: string;
        };
        ServicedeskMaintenance: {
            id: number;
            number: string;
            title: string;
            description: string;
            starts_at: string;
            ends_at: string;
            emergency: boolean;
            emergency_reason: string | null;
            /** @enum {string} */
            status: "scheduled" | "cancelled" | "completed";
            announced_at: string;
            created_by: string;
            objects: components["schemas"]["ServicedeskObject"][];
            customers: number;
        };
        ServicedeskMaintenancePage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["ServicedeskMaintenance"][];
        };
        ServicedeskTicket: {
            id: number;
            number: string;
            /** @enum {string} */
            type: "incident" | "service_request" | "complaint" | "consultation" | "compensation";
            /** @enum {string|null} */
            category: "remote_hands" | "cabling" | "equipment_in" | "equipment_out" | "reboot" | "installation" | null;
            customer_id: number;
            contract_id: number | null;
            title: string;
            description: string;
            impact: number;
            urgency: number;
            /** @enum {string} */
            priority: "P1" | "P2" | "P3" | "P4";
            /** @enum {string} */
            status: "new" | "assigned" | "in_progress" | "waiting_for_customer" | "resolved" | "closed";
            /** @enum {string} */
            group: "operations" | "technical" | "business" | "finance";
            assignee_id: number | null;
            assignee: string | null;
            /** @enum {string} */
            channel: "portal" | "staff" | "email" | "alert";
            raised_by: string;
            /** @enum {string} */
            calendar: "7x24" | "working_hours";
            response_due_at: string;
            resolution_due_at: string;
            first_response_at: string | null;
            resolved_at: string | null;
            closed_at: string | null;
            paused: boolean;
            breached: boolean;
            reopen_count: number;
            /** @enum {string|null} */
            complaint_state: "acknowledged" | "answered" | "accepted" | "disputed" | null;
            answer_due: string | null;
            dispute_flag: boolean;
            satisfaction: number | null;
            created_at: string;
            updated_at: string;
        };
        ServicedeskTicketPage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["ServicedeskTicket"][];
        };
        ServicedeskComment: {
            id: number;
            internal: boolean;
            body: string;
            author: string;
            by_customer: boolean;
            created_at: string;
        };
        ServicedeskEvent: {
            id: number;
            internal: boolean;
            key: string;
            text: string;
            actor: string;
            at: string;
        };
        ServicedeskAttachment: {
            id: number;
            internal: boolean;
            file_name: string;
            content_type: string;
            size: number;
            uploaded_by: string;
            created_at: string;
        };
        ServicedeskAnswer: {
            id: number;
            body: string;
            answered_by: string;
            answered_at: string;
            verdict: string | null;
            verdict_comment: string | null;
            verdict_at: string | null;
        };
        ServicedeskClock: {
            target_minutes: number;
            elapsed_minutes: number;
            remaining_minutes: number;
            due_at: string;
            paused: boolean;
            stopped: boolean;
            stage: number;
        };
        ServicedeskDetail: {
            ticket: components["schemas"]["ServicedeskTicket"];
            objects: components["schemas"]["ServicedeskObject"][];
            comments: components["schemas"]["ServicedeskComment"][];
            timeline: components["schemas"]["ServicedeskEvent"][];
            attachments: components["schemas"]["ServicedeskAttachment"][];
            answers: components["schemas"]["ServicedeskAnswer"][];
            response_clock: components["schemas"]["ServicedeskClock"];
            resolution_clock: components["schemas"]["ServicedeskClock"];
        };
        SlaAvailability: {
            measured: boolean;
            minutes_in_period: number;
            outage_minutes: number;
            maintenance_minutes: number;
            unmeasured_minutes: number;
            availability_ppm: number | null;
        };
        SlaCount: {
            key: string;
            count: number;
        };
        SlaIndicators: {
            month: string;
            customer_id: number | null;
            availability: components["schemas"]["SlaAvailability"];
            tickets: number;
            by_type: components["schemas"]["SlaCount"][];
            by_priority: components["schemas"]["SlaCount"][];
            responded: number;
            response_met: number;
            resolved: number;
            resolution_met: number;
            average_response_minutes: number | null;
            average_resolution_minutes: number | null;
            complaints: number;
            complaints_answered: number;
            average_answer_minutes: number | null;
            surveys: number;
            satisfaction_tenths: number | null;
        };
        SlaCredit: {
            id: number;
            contract_id: number;
            customer_id: number;
            month: string;
            measured: boolean;
            availability_ppm: number | null;
            target_bp: number;
            month_fee_fen: number;
            uncapped_fen: number;
            cap_fen: number;
            computed_fen: number;
            amount_fen: number;
            computation: string;
            /** @enum {string} */
            status: "pending_review" | "approved" | "adjusted" | "no_credit";
            adjust_reason: string | null;
            reviewed_by: string | null;
            reviewed_at: string | null;
            charge_id: number | null;
            computed_at: string;
            row_version: number;
        };
        SlaCredits: {
            month: string;
            results: components["schemas"]["SlaCredit"][];
        };
        SlaMonthEnd: {
            month: string;
            contracts: number;
            computed: number;
            already: number;
            unmeasured: number;
            with_credit: number;
            errors: string[];
        };
        SlaCreditStep: {
            below_bp: number;
            credit_bp: number;
        };
        SlaCreditTable: {
            steps: components["schemas"]["SlaCreditStep"][];
            cap_bp: number;
        };
        SlaOutage: {
            id: number;
            customer_id: number;
            contract_id: number | null;
            service: string | null;
            started_at: string;
            ended_at: string;
            cause: string;
            announced_maintenance: boolean;
            /** @enum {string} */
            source: "manual" | "import" | "monitoring";
            recorded_by: string;
            created_at: string;
        };
        SlaOutages: {
            results: components["schemas"]["SlaOutage"][];
        };
        SlaOutageImport: {
            month: string;
            imported: number;
        };
        CompensationClaim: {
            id: number;
            number: string;
            ticket_id: number | null;
            customer_id: number;
            contract_id: number;
            description: string;
            evidence: string;
            claimed_fen: number;
            assessment: string | null;
            assessed_by: string | null;
            assessed_at: string | null;
            agreed_fen: number | null;
            charge_id: number | null;
            /** @enum {string} */
            status: "submitted" | "assessed" | "agreed" | "rejected";
            created_by: string;
            created_at: string;
            updated_at: string;
            row_version: number;
        };
        CompensationClaims: {
            results: components["schemas"]["CompensationClaim"][];
        };
        ImprovementAction: {
            id: number;
            number: string;
            title: string;
            description: string;
            owner_id: number | null;
            owner_name: string;
            due_date: string;
            /** @enum {string} */
            status: "open" | "in_progress" | "verifying" | "closed";
            overdue: boolean;
            verification: string | null;
            verified_by: string | null;
            verified_at: string | null;
            closed_at: string | null;
            ticket_ids: number[];
            created_by: string;
            created_at: string;
            updated_at: string;
            row_version: number;
        };
        ImprovementActions: {
            results: components["schemas"]["ImprovementAction"][];
        };
        SlaServiceAvailability: {
            contract_id: number;
            contract_number: string;
            service: string;
            target_bp: number;
            measured: boolean;
            availability_ppm: number | null;
            minutes_in_period: number;
            outage_minutes: number;
            maintenance_minutes: number;
            unmeasured_minutes: number;
            met: boolean;
        };
        ServiceQualityReport: {
            month: string;
            customer_id: number | null;
            customer_name: string;
            services: components["schemas"]["SlaServiceAvailability"][];
            contracts: number;
            contracts_measured: number;
            contracts_met: number;
            indicators: components["schemas"]["SlaIndicators"];
            credits: components["schemas"]["SlaCredit"][];
            credit_granted_fen: number;
            credit_pending_fen: number;
            actions: components["schemas"]["ImprovementAction"][];
        };
        SlaCustomerQuality: {
            customer_id: number;
            customer_name: string;
            tickets: number;
            responded: number;
            response_met: number;
            resolved: number;
            resolution_met: number;
            complaints: number;
            complaints_answered: number;
            surveys: number;
            satisfaction_tenths: number | null;
            contracts: number;
            measured: number;
            met: number;
            credit_fen: number;
        };
        SlaCustomerQualityPage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["SlaCustomerQuality"][];
        };
        UsageMeter: {
            id: number;
            name: string;
            /** @enum {string} */
            kind: "bandwidth" | "power";
            /** @enum {string} */
            status: "active" | "retired";
            customer: components["schemas"]["Ref"];
            contract_id: number | null;
            contract_number: string | null;
            speed_mbps: number | null;
            device_id?: number | null;
            interface_id?: number | null;
            note?: string;
            created_at?: string;
            updated_at?: string;
        };
        UsageMeterPage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["UsageMeter"][];
        };
        UsageWriteReport: {
            inserted: number;
            unchanged: number;
            replaced: number;
            clamped: number;
            dropped: number;
        };
        UsageImportRejection: {
            line: number;
            field: string;
            code: string;
            message: string;
        };
        UsageImportReport: {
            all_or_nothing: boolean;
            written: boolean;
            rows: number;
            accepted: number;
            rejected: number;
            samples: components["schemas"]["UsageWriteReport"];
            rejections: components["schemas"]["UsageImportRejection"][];
        };
        UsagePoint: {
            t: string;
            samples: number;
            clamped: number;
            in_min: number | null;
            in_max: number | null;
            in_avg: number | null;
            out_min: number | null;
            out_max: number | null;
            out_avg: number | null;
            wh: number | null;
            energy_wh: number | null;
        };
        UsageSeries: {
            meter: components["schemas"]["UsageMeter"];
            /** @enum {string} */
            step: "5m" | "1h" | "1d";
            from: string;
            to: string;
            p95_bps: number | null;
            points: components["schemas"]["UsagePoint"][];
        };
        UsageFigures: {
            p95_in_bps: number;
            p95_out_bps: number;
            p95_max_bps: number;
            p95_sample_max_bps: number;
            p95_sum_bps: number;
            samples: number;
            expected: number;
            energy_wh: number;
        };
        UsageMeterFigures: {
            meter: components["schemas"]["UsageMeter"];
            figures: components["schemas"]["UsageFigures"];
        };
        UsageSummary: {
            contract_id: number;
            contract_number: string;
            from: string;
            to: string;
            bandwidth: components["schemas"]["UsageFigures"];
            power: components["schemas"]["UsageFigures"];
            meters: components["schemas"]["UsageMeterFigures"][];
        };
        InvoiceContractRef: {
            id: number;
            number: string;
        };
        Invoice: {
            id: number;
            number: string;
            /** @enum {string} */
            kind: "invoice" | "credit_note";
            customer: components["schemas"]["Ref"];
            contract: components["schemas"]["InvoiceContractRef"];
            original_invoice_id: number | null;
            run_id: number | null;
            /** @enum {string} */
            status: "issued" | "partially_paid" | "paid" | "void" | "credited";
            is_final: boolean;
            issue_date: string;
            due_date: string;
            period_start: string;
            period_end: string;
            /** @enum {string} */
            currency: "CNY";
            subtotal_fen: number;
            tax_fen: number;
            total_fen: number;
            paid_fen: number;
            credited_fen: number;
            outstanding_fen: number;
            reason: string;
            fapiao_number: string | null;
            fapiao_recorded_at: string | null;
            fapiao_recorded_by: string | null;
            created_by: string;
            created_at: string;
        };
        InvoicePage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["Invoice"][];
        };
        InvoiceBuyer: {
            name: string;
            taxpayer_id: string;
            address: string;
            phone: string;
            bank_name: string;
            bank_account: string;
            invoice_email: string;
            /** @enum {string} */
            fapiao_type: "special" | "normal";
        };
        InvoiceSeller: {
            name: string;
            taxpayer_id: string;
            address_phone: string;
            bank_account: string;
        };
        InvoiceLine: {
            id: number;
            position: number;
            /** @enum {string} */
            kind: "recurring" | "one_off" | "usage" | "late_fee" | "adjustment" | "credit" | "pending_one_off" | "sla_credit" | "penalty" | "credit_note";
            line_key: string;
            service: string;
            catalogue_item: string | null;
            description: string;
            unit: string;
            quantity_milli: number;
            unit_price_fen: number;
            period_start: string | null;
            period_end: string | null;
            days: number | null;
            period_days: number | null;
            amount_fen: number;
            tax_rate_bp: number;
            tax_fen: number;
            total_fen: number;
            credited_fen: number;
            original_line_id: number | null;
            pending_charge_id: number | null;
            note: string;
        };
        InvoiceDetail: {
            id: number;
            number: string;
            /** @enum {string} */
            kind: "invoice" | "credit_note";
            customer: components["schemas"]["Ref"];
            contract: components["schemas"]["InvoiceContractRef"];
            original_invoice_id: number | null;
            run_id: number | null;
            /** @enum {string} */
            status: "issued" | "partially_paid" | "paid" | "void" | "credited";
            is_final: boolean;
            issue_date: string;
            due_date: string;
            period_start: string;
            period_end: string;
            /** @enum {string} */
            currency: "CNY";
            subtotal_fen: number;
            tax_fen: number;
            total_fen: number;
            paid_fen: number;
            credited_fen: number;
            outstanding_fen: number;
            reason: string;
            fapiao_number: string | null;
            fapiao_recorded_at: string | null;
            fapiao_recorded_by: string | null;
            created_by: string;
            created_at: string;
            buyer: components["schemas"]["InvoiceBuyer"];
            seller: components["schemas"]["InvoiceSeller"];
            lines: components["schemas"]["InvoiceLine"][];
            credit_notes: components["schemas"]["Invoice"][];
            original: components["schemas"]["Invoice"] | null;
            overdue: boolean;
            actions: ("credit_note" | "record_fapiao")[];
        };
        BillingRun: {
            id: number;
            run_date: string;
            /** @enum {string} */
            status: "running" | "completed" | "failed";
            /** @enum {string} */
            origin: "job" | "manual" | "cli" | "demo";
            contracts_seen: number;
            contracts_billed: number;
            invoices: number;
            credit_notes: number;
            total_fen: number;
            last_contract_id: number;
            notes: string[];
            errors: string[];
            started_by: string;
            started_at: string;
            finished_at: string | null;
        };
        BillingRunPage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["BillingRun"][];
        };
        ContractBill: {
            contract: components["schemas"]["InvoiceContractRef"];
            customer: components["schemas"]["Ref"];
            /** @enum {string} */
            kind: "invoice" | "credit_note";
            is_final: boolean;
            lines: components["schemas"]["InvoiceLine"][];
            subtotal_fen: number;
            tax_fen: number;
            total_fen: number;
            notes: string[];
        };
        BillingPreview: {
            date: string;
            count: number;
            total_fen: number;
            contracts: components["schemas"]["ContractBill"][];
            notes: string[];
            errors: string[];
        };
        BillingProfile: {
            customer_id: number;
            name: string;
            taxpayer_id: string;
            address: string;
            phone: string;
            bank_name: string;
            bank_account: string;
            invoice_email: string;
            /** @enum {string} */
            fapiao_type: "special" | "normal";
            updated_by: string;
            updated_at: string;
        };
        TsdbAppendReport: {
            accepted: number;
            out_of_order: number;
            duplicates: number;
        };
        TsdbSeries: {
            id: number;
            metric: string;
            labels: unknown;
            customer_id: number | null;
        };
        TsdbSeriesPage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["TsdbSeries"][];
        };
        TsdbPoint: {
            t: number;
            value: number | null;
        };
        TsdbRange: {
            series: components["schemas"]["TsdbSeries"];
            step: number;
            /** @enum {string} */
            source: "raw" | "rollup";
            points: components["schemas"]["TsdbPoint"][];
        };
        TsdbPromql: {
            result_type: string;
            result: unknown;
        };
        Penalty: {
            invoice_id: number;
            invoice_number: string;
            customer_id: number;
            customer_name: string;
            contract_id: number;
            contract_number: string;
            invoice_status: string;
            due_date: string;
            total_fen: number;
            outstanding_fen: number;
            bp_per_day: number;
            cap_bp: number;
            cap_fen: number;
            accrued_fen: number;
            accrued_exact: number;
            accrued_through: string | null;
            waived_fen: number;
            billed_fen: number;
            pending_fen: number;
            waivable_fen: number;
            paused: boolean;
            paused_reason: string;
            updated_at: string;
        };
        PenaltyPage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["Penalty"][];
        };
        PenaltyWaiver: {
            id: number;
            amount_fen: number;
            reason: string;
            created_by_name: string;
            created_at: string;
        };
        Reminder: {
            id: number;
            invoice_id: number;
            invoice_number: string;
            customer_id: number;
            offset_days: number;
            reminder_date: string;
            due_date: string;
            outstanding_fen: number;
            penalty_fen: number;
            sent_at: string;
        };
        PenaltyDetail: {
            penalty: components["schemas"]["Penalty"];
            waivers: components["schemas"]["PenaltyWaiver"][];
            reminders: components["schemas"]["Reminder"][];
        };
        ReminderPage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["Reminder"][];
        };
        Suspension: {
            id: number;
            contract_id: number;
            contract_number: string;
            customer_id: number;
            customer_name: string;
            /** @enum {string} */
            reason: "non_payment" | "abuse" | "overuse";
            evidence: string;
            /** @enum {string} */
            status: "proposed" | "active" | "lift_proposed" | "lifted" | "rejected" | "withdrawn";
            stop_power: boolean;
            stop_ports: boolean;
            stop_access: boolean;
            overdue_fen: number;
            oldest_due_date: string | null;
            proposed_by_name: string;
            created_at: string;
            updated_at: string;
            suspended_at: string | null;
            lifted_at: string | null;
        };
        SuspensionPage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["Suspension"][];
        };
        SuspendedDevice: {
            device_id: number;
            device_name: string;
            previous_status: string;
            restored_at: string | null;
        };
        SuspensionDetail: {
            suspension: components["schemas"]["Suspension"];
            devices: components["schemas"]["SuspendedDevice"][];
            timeline: components["schemas"]["WorkflowStep"][];
            actions: string[];
        };
        ContractStanding: {
            contract_id: number;
            suspended: boolean;
            suspension_id: number | null;
            suspension_status: string;
            overdue_fen: number;
            overdue_invoices: number;
            oldest_due_date: string | null;
            penalty_fen: number;
        };
        DiscoveredInterface: {
            if_index: number;
            name: string;
            descr: string;
            alias: string;
            speed_bps: number | null;
            interface_id: number | null;
        };
        MonitoringCheck: {
            id: number;
            device_id: number;
            /** @enum {string} */
            kind: "tcp" | "http";
            port: number | null;
            url: string | null;
            interval_s: number;
            timeout_ms: number;
            created_at: string;
        };
        MonitoredDevice: {
            device_id: number;
            device_name: string;
            customer_id: number | null;
            /** @enum {string} */
            snmp_version: "none" | "v2c" | "v3";
            credentials_set: boolean;
            snmp_port: number;
            enabled: boolean;
            ping_interval_s: number;
            snmp_interval_s: number;
            sys_object_id: string | null;
            sys_name: string | null;
            discovered_at: string | null;
            last_error: string | null;
            interfaces_matched: number;
            interfaces_unmatched: number;
            created_at: string;
            updated_at: string;
            interfaces?: components["schemas"]["DiscoveredInterface"][];
            checks?: components["schemas"]["MonitoringCheck"][];
        };
        MonitoredDevicePage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["MonitoredDevice"][];
        };
        AlertLabel: {
            name: string;
            value: string;
        };
        Alert: {
            id: number;
            rule_key: string;
            series_id: number;
            metric: string;
            labels: components["schemas"]["AlertLabel"][];
            /** @enum {string} */
            severity: "info" | "warning" | "critical";
            /** @enum {string} */
            state: "firing" | "acknowledged" | "resolved";
            silenced: boolean;
            customer_id: number | null;
            device_id: number | null;
            rack_id: number | null;
            room_id: number | null;
            threshold: number;
            value: number;
            fired_at: string;
            acknowledged_at: string | null;
            acknowledged_by: number | null;
            resolved_at: string | null;
            resolved_by: number | null;
        };
        AlertPage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["Alert"][];
        };
        AlertEvent: {
            id: number;
            kind: string;
            actor_id: number | null;
            comment: string;
            value: number | null;
            at: string;
        };
        AlertDetail: {
            id: number;
            rule_key: string;
            series_id: number;
            metric: string;
            labels: components["schemas"]["AlertLabel"][];
            /** @enum {string} */
            severity: "info" | "warning" | "critical";
            /** @enum {string} */
            state: "firing" | "acknowledged" | "resolved";
            silenced: boolean;
            customer_id: number | null;
            device_id: number | null;
            rack_id: number | null;
            room_id: number | null;
            threshold: number;
            value: number;
            fired_at: string;
            acknowledged_at: string | null;
            acknowledged_by: number | null;
            resolved_at: string | null;
            resolved_by: number | null;
            history: components["schemas"]["AlertEvent"][];
        };
        DeviceAvailability: {
            device_id: number;
            device_name: string;
            minutes: number;
            outage_minutes: number;
            maintenance_minutes: number;
            measured: boolean;
            percent: number;
        };
        DeviceAvailabilityList: {
            items: components["schemas"]["DeviceAvailability"][];
        };
        Advice: {
            /** @enum {string} */
            kind: "port.hot" | "port.idle" | "feed.near_limit" | "room.out_of_range";
            subject: string;
            customer_id: number | null;
            figure: number;
            action_key: string;
            action: string;
            /** @enum {string} */
            object_type: "device" | "rack" | "room";
            object_id: number;
            if_index: number | null;
        };
        AdviceList: {
            items: components["schemas"]["Advice"][];
        };
        MaintenanceWindow: {
            id: number;
            /** @enum {string} */
            scope: "device" | "rack" | "room";
            scope_id: number;
            starts_at: string;
            ends_at: string;
            title: string;
            emergency: boolean;
            reason: string;
            created_by: number | null;
        };
        MaintenanceWindowList: {
            items: components["schemas"]["MaintenanceWindow"][];
        };
        AuthorisedPerson: {
            id: number;
            customer_id: number;
            name: string;
            /** @enum {string} */
            id_type: "resident_id" | "passport" | "hk_macao_permit" | "taiwan_permit" | "other";
            id_number_masked: string;
            phone_masked: string;
            company: string;
            rooms: number[];
            racks: number[];
            valid_from: string;
            valid_to: string;
            /** @enum {string} */
            status: "pending" | "approved" | "rejected";
            decided_by: string | null;
            decided_at: string | null;
            created_by: string;
            created_at: string;
        };
        AuthorisedPersonPage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["AuthorisedPerson"][];
        };
        PersonIdentity: {
            id: number;
            /** @enum {string} */
            id_type: "resident_id" | "passport" | "hk_macao_permit" | "taiwan_permit" | "other";
            id_number: string;
            phone: string;
        };
        Visit: {
            id: number;
            customer_id: number;
            person_id: number;
            person_name: string;
            starts_at: string;
            ends_at: string;
            rooms: number[];
            racks: number[];
            purpose: string;
            carried: string;
            /** @enum {string} */
            status: "requested" | "approved" | "rejected" | "checked_in" | "checked_out" | "cancelled";
            code: string | null;
            requested_by: string;
            decided_by: string | null;
            decided_at: string | null;
            checked_in_at: string | null;
            checked_out_at: string | null;
            checked_in_room: number | null;
            escort: string | null;
            created_at: string;
        };
        VisitPage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["Visit"][];
        };
        DeskView: {
            visit: components["schemas"]["Visit"];
            person: components["schemas"]["AuthorisedPerson"];
        };
        EntryLog: {
            id: number;
            at: string;
            room_id: number | null;
            visit_id: number | null;
            person_id: number | null;
            customer_id: number | null;
            person_name: string;
            /** @enum {string} */
            event: "check_in" | "check_out" | "refused";
            reason: string | null;
            code: string | null;
            escort: string | null;
            actor: string;
        };
        EntryLogPage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["EntryLog"][];
        };
        SlipItem: {
            id: number;
            device_id: number | null;
            serial: string;
            description: string;
            contract_id: number | null;
        };
        EquipmentSlip: {
            id: number;
            customer_id: number;
            /** @enum {string} */
            direction: "in" | "out";
            /** @enum {string} */
            status: "requested" | "approved" | "rejected" | "completed" | "cancelled";
            planned_on: string;
            note: string;
            needs_release: boolean;
            released_by: string | null;
            released_at: string | null;
            requested_by: string;
            decided_by: string | null;
            decided_at: string | null;
            completed_by: string | null;
            completed_at: string | null;
            created_at: string;
            items?: components["schemas"]["SlipItem"][];
        };
        EquipmentSlipPage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["EquipmentSlip"][];
        };
        ChangeStep: {
            position: number;
            text: string;
            done_by: string | null;
            done_at: string | null;
        };
        ChangeRequestBrief: {
            id: number;
            number: string;
            title: string;
            /** @enum {string} */
            risk: "low" | "medium" | "high";
            /** @enum {string} */
            status: "submitted" | "technical_approved" | "approved" | "rejected" | "in_progress" | "closed" | "cancelled";
            window_start: string;
            window_end: string;
            customers: number[];
            /** @enum {string|null} */
            result: "successful" | "rolled_back" | "failed" | null;
            requested_by: string;
            created_at: string;
            reason?: string;
            rollback_plan?: string;
            rooms?: number[];
            racks?: number[];
            devices?: number[];
            feeds?: number[];
            computed_customers?: number[];
            result_note?: string;
            notified_at?: string | null;
            started_at?: string | null;
            closed_at?: string | null;
            updated_at?: string;
            steps?: components["schemas"]["ChangeStep"][];
        };
        ChangeRequestBriefPage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["ChangeRequestBrief"][];
        };
        ChangeRequest: {
            id: number;
            number: string;
            title: string;
            /** @enum {string} */
            risk: "low" | "medium" | "high";
            /** @enum {string} */
            status: "submitted" | "technical_approved" | "approved" | "rejected" | "in_progress" | "closed" | "cancelled";
            window_start: string;
            window_end: string;
            customers: number[];
            /** @enum {string|null} */
            result: "successful" | "rolled_back" | "failed" | null;
            requested_by: string;
            created_at: string;
            reason?: string;
            rollback_plan?: string;
            rooms?: number[];
            racks?: number[];
            devices?: number[];
            feeds?: number[];
            computed_customers?: number[];
            result_note?: string;
            notified_at?: string | null;
            started_at?: string | null;
            closed_at?: string | null;
            updated_at?: string;
            steps?: components["schemas"]["ChangeStep"][];
        };
        ChangeRequestView: {
            change: components["schemas"]["ChangeRequest"];
            timeline: components["schemas"]["WorkflowStep"][];
            actions: ("approve" | "reject" | "start" | "close" | "cancel")[];
        };
        ConfigDevice: {
            device_id: number;
            device_name: string;
            customer_id: number | null;
            /** @enum {string} */
            vendor: "cisco_ios" | "cisco_nxos" | "huawei_vrp" | "h3c_comware" | "juniper_junos";
            /** @enum {string|null} */
            vendor_override: "cisco_ios" | "cisco_nxos" | "huawei_vrp" | "h3c_comware" | "juniper_junos" | null;
            address: string;
            port: number;
            username: string;
            /** @enum {string} */
            auth_method: "password" | "key";
            host_key: string | null;
            host_key_pending: string | null;
            interval_s: number;
            enabled: boolean;
            next_fetch_at: string;
            last_fetch_at: string | null;
            /** @enum {string|null} */
            last_result: "ok" | "unchanged" | "failed" | null;
            last_error: string | null;
            last_success_at: string | null;
            version_count: number;
            created_at: string;
            updated_at: string;
        };
        ConfigDevicePage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["ConfigDevice"][];
        };
        ConfigFetch: {
            id: number;
            device_id: number;
            device_name: string;
            at: string;
            /** @enum {string} */
            result: "ok" | "unchanged" | "failed";
            /** @enum {string|null} */
            failure: "connect" | "host_key_changed" | "auth" | "timeout" | "protocol" | "vendor" | "address" | null;
            error: string;
            version_id: number | null;
            /** @enum {string} */
            cause: "schedule" | "manual";
        };
        ConfigVersionBrief: {
            id: number;
            device_id: number;
            device_name: string;
            number: number;
            hash: string;
            size: number;
            line_count: number;
            fetched_at: string;
            outside_change: boolean;
            body?: string;
            masked?: boolean;
        };
        ConfigVersionBriefPage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["ConfigVersionBrief"][];
        };
        ConfigFetchPage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["ConfigFetch"][];
        };
        ConfigVersion: {
            id: number;
            device_id: number;
            device_name: string;
            number: number;
            hash: string;
            size: number;
            line_count: number;
            fetched_at: string;
            outside_change: boolean;
            body?: string;
            masked?: boolean;
        };
        ConfigDiffLine: {
            /** @enum {string} */
            kind: " " | "-" | "+";
            old_no: number;
            new_no: number;
            text: string;
        };
        ConfigDiffHunk: {
            old_start: number;
            old_count: number;
            new_start: number;
            new_count: number;
            lines: components["schemas"]["ConfigDiffLine"][];
        };
        ConfigDiff: {
            from: components["schemas"]["ConfigVersionBrief"];
            to: components["schemas"]["ConfigVersionBrief"];
            added: number;
            removed: number;
            masked: boolean;
            unified: string;
            hunks: components["schemas"]["ConfigDiffHunk"][];
        };
        TodayVisit: {
            id: number;
            customer_id: number;
            person_name: string;
            starts_at: string;
            ends_at: string;
            /** @enum {string} */
            status: "requested" | "approved" | "rejected" | "checked_in" | "checked_out" | "cancelled";
        };
        DueItem: {
            id: number;
            title: string;
            due_at: string;
            overdue: boolean;
            link: string;
        };
        FacilityToday: {
            day: string;
            visits: components["schemas"]["TodayVisit"][];
            visits_expected: number;
            checked_in_today: number;
            refused_today: number;
            on_site: number;
            changes_in_progress: components["schemas"]["ChangeRequestBrief"][];
            changes_today: components["schemas"]["ChangeRequestBrief"][];
            open_alerts: number;
            rounds_due: components["schemas"]["DueItem"][];
            work_orders_due: components["schemas"]["DueItem"][];
            findings_overdue: components["schemas"]["DueItem"][];
        };
        EmergencyPlanVersion: {
            version: number;
            body: string;
            owner: string;
            created_by: string;
            created_at: string;
            superseded_at: string | null;
        };
        EmergencyPlanBrief: {
            id: number;
            /** @enum {string} */
            scenario: "power_failure" | "fire" | "cooling_failure" | "network_outage" | "flooding";
            title: string;
            owner: string;
            version: number;
            last_held_on: string | null;
            needs_drill: boolean;
            created_at: string;
            updated_at: string;
            versions?: components["schemas"]["EmergencyPlanVersion"][];
        };
        EmergencyPlanBriefPage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["EmergencyPlanBrief"][];
        };
        EmergencyPlan: {
            id: number;
            /** @enum {string} */
            scenario: "power_failure" | "fire" | "cooling_failure" | "network_outage" | "flooding";
            title: string;
            owner: string;
            version: number;
            last_held_on: string | null;
            needs_drill: boolean;
            created_at: string;
            updated_at: string;
            versions?: components["schemas"]["EmergencyPlanVersion"][];
        };
        DrillEntry: {
            id: number;
            /** @enum {string} */
            kind: "timeline" | "finding";
            at: string;
            text: string;
            created_by: string;
        };
        DrillAction: {
            id: number;
            text: string;
            owner: string;
            due_on: string;
            /** @enum {string} */
            status: "open" | "closed";
            overdue: boolean;
            closed_by: string | null;
            closed_at: string | null;
            closing_note: string;
        };
        DrillBrief: {
            id: number;
            plan_id: number;
            plan_title: string;
            /** @enum {string} */
            scenario: "power_failure" | "fire" | "cooling_failure" | "network_outage" | "flooding";
            plan_version: number | null;
            title: string;
            scheduled_on: string;
            /** @enum {string} */
            status: "scheduled" | "held" | "cancelled";
            held_on: string | null;
            participants: string[];
            open_actions: number;
            created_by: string;
            created_at: string;
            entries?: components["schemas"]["DrillEntry"][];
            actions?: components["schemas"]["DrillAction"][];
        };
        DrillBriefPage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["DrillBrief"][];
        };
        Drill: {
            id: number;
            plan_id: number;
            plan_title: string;
            /** @enum {string} */
            scenario: "power_failure" | "fire" | "cooling_failure" | "network_outage" | "flooding";
            plan_version: number | null;
            title: string;
            scheduled_on: string;
            /** @enum {string} */
            status: "scheduled" | "held" | "cancelled";
            held_on: string | null;
            participants: string[];
            open_actions: number;
            created_by: string;
            created_at: string;
            entries?: components["schemas"]["DrillEntry"][];
            actions?: components["schemas"]["DrillAction"][];
        };
        DrillReportLine: {
            plan: components["schemas"]["EmergencyPlanBrief"];
            scheduled: number;
            held: number;
            findings: number;
            actions_open: number;
            actions_closed: number;
        };
        DrillReport: {
            year: number;
            plans: components["schemas"]["DrillReportLine"][];
            drills: components["schemas"]["DrillBrief"][];
        };
        FacilityAsset: {
            id: number;
            code: string;
            name: string;
            /** @enum {string} */
            kind: "ups" | "battery_string" | "generator" | "ats" | "crac" | "gas_suppression" | "fire_detection" | "distribution_board";
            model: string;
            serial: string;
            room_id: number;
            power_feed_id: number | null;
            installed_on: string | null;
            /** @enum {string} */
            status: "in_service" | "standby" | "fault" | "retired";
            note: string;
            created_at: string;
            updated_at: string;
        };
        FacilityAssetPage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["FacilityAsset"][];
        };
        ChecklistItem: {
            key: string;
            label: string;
            /** @enum {string} */
            kind: "check" | "reading" | "photo";
            unit: string;
            min: number | null;
            max: number | null;
        };
        MaintenancePlan: {
            id: number;
            name: string;
            asset_id: number | null;
            asset_kind: string | null;
            every: number;
            /** @enum {string} */
            unit: "days" | "months";
            first_due: string;
            checklist: components["schemas"]["ChecklistItem"][];
            active: boolean;
            created_by: string;
            created_at: string;
        };
        MaintenancePlanPage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["MaintenancePlan"][];
        };
        ChecklistAnswer: {
            key: string;
            ok: boolean | null;
            value: number | null;
            unit: string | null;
            note: string;
            failed: boolean;
        };
        WorkOrderPhoto: {
            id: number;
            item_key: string;
            content_type: string;
            size_bytes: number;
            uploaded_by: string;
            uploaded_at: string;
        };
        WorkOrder: {
            id: number;
            plan_id: number;
            plan_name: string;
            asset_id: number;
            asset_code: string;
            asset_name: string;
            /** @enum {string} */
            asset_kind: "ups" | "battery_string" | "generator" | "ats" | "crac" | "gas_suppression" | "fire_detection" | "distribution_board";
            due_on: string;
            /** @enum {string} */
            status: "open" | "assigned" | "completed" | "closed";
            overdue: boolean;
            assignee: string | null;
            completed_by: string | null;
            completed_at: string | null;
            signed_by: string | null;
            signed_at: string | null;
            next_due_on: string | null;
            created_at: string;
            checklist?: components["schemas"]["ChecklistItem"][];
            results?: components["schemas"]["ChecklistAnswer"][];
            photos?: components["schemas"]["WorkOrderPhoto"][];
        };
        WorkOrderPage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["WorkOrder"][];
        };
        PatrolItem: {
            key: string;
            label: string;
            /** @enum {string} */
            kind: "check" | "reading" | "photo";
            unit: string;
            min: number | null;
            max: number | null;
        };
        PatrolCheckpoint: {
            key: string;
            name: string;
            /** @enum {string} */
            kind: "room" | "rack" | "asset" | "yard";
            ref_id: number | null;
            qr: string;
            items: components["schemas"]["PatrolItem"][];
        };
        PatrolTemplate: {
            id: number;
            name: string;
            version: number;
            checkpoints: components["schemas"]["PatrolCheckpoint"][];
            active: boolean;
            created_by: string;
            created_at: string;
            updated_at: string;
        };
        PatrolTemplatePage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["PatrolTemplate"][];
        };
        PatrolReading: {
            id: number;
            round_id: number;
            checkpoint_key: string;
            item_key: string;
            ok: boolean | null;
            value: number | null;
            unit: string | null;
            note: string;
            failed: boolean;
            recorded_by: string;
            recorded_at: string;
        };
        PatrolReadingPage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["PatrolReading"][];
        };
        PatrolTrendPoint: {
            round_id: number;
            recorded_at: string;
            value: number;
            unit: string;
            failed: boolean;
        };
        PatrolTrend: {
            points: components["schemas"]["PatrolTrendPoint"][];
        };
        PatrolSchedule: {
            id: number;
            template_id: number;
            template_name: string;
            /** @enum {string} */
            kind: "every_hours" | "daily" | "weekly";
            every_hours: number;
            at_time: string;
            weekday: number;
            starts_on: string;
            grace_minutes: number;
            active: boolean;
            created_by: string;
            created_at: string;
        };
        PatrolSchedulePage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["PatrolSchedule"][];
        };
        PatrolVisit: {
            checkpoint_key: string;
            /** @enum {string} */
            method: "scan" | "manual";
            visited_by: string;
            visited_at: string;
        };
        PatrolPhoto: {
            id: number;
            checkpoint_key: string;
            item_key: string;
            content_type: string;
            size_bytes: number;
            uploaded_by: string;
            uploaded_at: string;
        };
        PatrolFinding: {
            checkpoint_key: string;
            item_key: string;
            severity: number;
            ticket_number: string | null;
            created_at: string;
            order_id: number | null;
        };
        PatrolRoundBrief: {
            id: number;
            schedule_id: number | null;
            template_id: number;
            template_name: string;
            template_version: number;
            due_at: string;
            deadline_at: string;
            /** @enum {string} */
            status: "due" | "in_progress" | "submitted";
            missed: boolean;
            late: boolean;
            overdue: boolean;
            started_by: string | null;
            started_at: string | null;
            submitted_by: string | null;
            submitted_at: string | null;
            created_at: string;
            checkpoints?: components["schemas"]["PatrolCheckpoint"][];
            visits?: components["schemas"]["PatrolVisit"][];
            readings?: components["schemas"]["PatrolReading"][];
            photos?: components["schemas"]["PatrolPhoto"][];
            findings?: components["schemas"]["PatrolFinding"][];
        };
        PatrolRoundBriefPage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["PatrolRoundBrief"][];
        };
        PatrolRound: {
            id: number;
            schedule_id: number | null;
            template_id: number;
            template_name: string;
            template_version: number;
            due_at: string;
            deadline_at: string;
            /** @enum {string} */
            status: "due" | "in_progress" | "submitted";
            missed: boolean;
            late: boolean;
            overdue: boolean;
            started_by: string | null;
            started_at: string | null;
            submitted_by: string | null;
            submitted_at: string | null;
            created_at: string;
            checkpoints?: components["schemas"]["PatrolCheckpoint"][];
            visits?: components["schemas"]["PatrolVisit"][];
            readings?: components["schemas"]["PatrolReading"][];
            photos?: components["schemas"]["PatrolPhoto"][];
            findings?: components["schemas"]["PatrolFinding"][];
        };
        RectificationOrder: {
            id: number;
            round_id: number;
            checkpoint_key: string;
            item_key: string;
            template_name: string;
            checkpoint_name: string;
            /** @enum {string} */
            checkpoint_kind: "room" | "rack" | "asset" | "yard";
            ref_id: number | null;
            item_label: string;
            reading: string;
            severity: number;
            /** @enum {string} */
            status: "open" | "assigned" | "rectified" | "verified" | "dismissed";
            deadline_at: string;
            overdue: boolean;
            assignee: string | null;
            rectification_note: string | null;
            rectified_by: string | null;
            rectified_at: string | null;
            verified_by: string | null;
            verified_at: string | null;
            dismiss_reason: string | null;
            closed_at: string | null;
            created_at: string;
            updated_at: string;
            has_photo: boolean;
        };
        RectificationOrderPage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["RectificationOrder"][];
        };
        RectificationOrderView: {
            order: components["schemas"]["RectificationOrder"];
            timeline: components["schemas"]["WorkflowStep"][];
            actions: ("assign" | "rectify" | "verify" | "reopen" | "dismiss")[];
        };
        Dispute: {
            id: number;
            number: string;
            customer_id: number;
            customer_name: string;
            contract_id: number;
            contract_number: string;
            /** @enum {string} */
            source_type: "direct" | "complaint" | "invoice" | "breach";
            source_id: number | null;
            source_number: string | null;
            /** @enum {string} */
            raised_by: "customer" | "operator";
            claim: string;
            amount_fen: number;
            /** @enum {string} */
            status: "negotiating" | "escalated" | "resolved" | "withdrawn";
            /** @enum {string|null} */
            forum_kind: "arbitration" | "court" | null;
            forum_name: string | null;
            case_number: string | null;
            hearing_date: string | null;
            escalated_at: string | null;
            legal_hold: boolean;
            hold_reason: string | null;
            /** @enum {string|null} */
            outcome: "credit" | "payment_plan" | "termination" | "no_change" | "withdrawn" | null;
            outcome_amount_fen: number | null;
            outcome_note: string | null;
            credit_charge_id: number | null;
            termination_request_id: number | null;
            closed_at: string | null;
            created_by: string;
            created_at: string;
            updated_at: string;
        };
        DisputePage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["Dispute"][];
        };
        DisputeEntry: {
            id: number;
            /** @enum {string} */
            kind: "meeting" | "proposal" | "document" | "note" | "hearing";
            on_date: string;
            summary: string;
            amount_fen: number | null;
            created_by: string;
            created_at: string;
        };
        DisputeDeadline: {
            id: number;
            title: string;
            due_date: string;
            done_at: string | null;
            created_by: string;
            created_at: string;
        };
        DisputeLink: {
            id: number;
            /** @enum {string} */
            object_type: "invoice" | "ticket" | "breach" | "entry";
            object_id: number;
            label: string;
            created_at: string;
        };
        DisputeInstalment: {
            seq: number;
            due_date: string;
            amount_fen: number;
        };
        DisputePlan: {
            total_fen: number;
            lapsed_at: string | null;
            instalments: components["schemas"]["DisputeInstalment"][];
        };
        DisputeDetail: {
            dispute: components["schemas"]["Dispute"];
            entries: components["schemas"]["DisputeEntry"][];
            deadlines: components["schemas"]["DisputeDeadline"][];
            links: components["schemas"]["DisputeLink"][];
            actions: ("log" | "deadline" | "link" | "escalate" | "case" | "hold" | "release" | "close")[];
            plan: components["schemas"]["DisputePlan"] | null;
        };
        BreachOveruse: {
            /** @enum {string} */
            metric: "bandwidth" | "power";
            from: string;
            to: string;
            minutes: number;
            peak: number;
            limit: number;
        };
        Breach: {
            id: number;
            number: string;
            customer_id: number;
            customer_name: string;
            contract_id: number;
            contract_number: string;
            /** @enum {string} */
            party: "customer" | "operator";
            /** @enum {string} */
            kind: "non_payment" | "over_use" | "abuse" | "prohibited_content" | "sla_failure" | "data_loss" | "unauthorised_disclosure";
            clause: string;
            description: string;
            occurred_on: string;
            /** @enum {string} */
            status: "open" | "decided" | "closed" | "proposed";
            /** @enum {string|null} */
            consequence: "none" | "penalty" | "suspension" | "compensation" | "termination" | null;
            consequence_amount_fen: number | null;
            consequence_note: string | null;
            charge_id: number | null;
            suspension_id: number | null;
            decided_by: string | null;
            decided_at: string | null;
            closed_at: string | null;
            created_by: string;
            created_at: string;
            updated_at: string;
            overuse?: components["schemas"]["BreachOveruse"];
            dismissed_reason: string | null;
        };
        BreachPage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["Breach"][];
        };
        BreachEvidence: {
            id: number;
            /** @enum {string} */
            object_type: "ticket" | "invoice" | "alert" | "entry" | "document";
            object_id: number | null;
            label: string;
            created_by: string;
            created_at: string;
        };
        BreachDetail: {
            breach: components["schemas"]["Breach"];
            evidence: components["schemas"]["BreachEvidence"][];
            actions: ("evidence" | "decide" | "close" | "confirm" | "dismiss")[];
        };
        ComplianceFailingItem: {
            /** @enum {string} */
            type: "breach" | "dispute" | "application" | "room" | "work_order" | "entry" | "plan" | "change" | "sla_credit" | "ticket" | "amendment" | "contract" | "round" | "device_config" | "firewall_rule" | "vuln_finding" | "vuln_schedule" | "backup_run" | "disclosure" | "facility_finding";
            id: number;
            number: string;
        };
        ComplianceClause: {
            /** @enum {string} */
            clause: "R1.1" | "R1.2" | "R1.3" | "R2.1" | "R2.2" | "R3.1.1" | "R3.1.2" | "R3.2.1" | "R3.2.2" | "R3.2.3" | "R4.1.1" | "R4.1.2" | "R4.1.3" | "R4.2.1" | "R4.2.2" | "R4.2.3" | "R4.3.1" | "R4.3.2" | "R4.3.3" | "R5.1.1" | "R5.1.2" | "R5.2.1" | "R5.2.2" | "R5.2.3" | "R5.3.1" | "R5.3.2" | "R5.3.3" | "R6.1.1" | "R6.1.2" | "R6.1.3" | "R6.2.1" | "R6.2.2" | "R6.2.3" | "R7.1.1" | "R7.1.2" | "R7.2.1" | "R7.2.2" | "R7.3" | "R8.1" | "R8.2.1" | "R8.2.2" | "R8.3" | "R9.1.1" | "R9.1.2" | "R9.2.1" | "R9.2.2" | "R10.1" | "R10.2" | "R10.3" | "R11.1" | "R11.2.1" | "R11.2.2" | "R11.2.3" | "R12.1" | "R12.2";
            /** @enum {string} */
            status: "passing" | "failing" | "no_data" | "not_measured";
            value_bp: number | null;
            target_bp: number | null;
            /** @enum {string} */
            trend: "up" | "down" | "flat" | "none";
            failing_count: number;
            evidence: string;
            period_from: string;
            period_to: string;
            failing: components["schemas"]["ComplianceFailingItem"][];
        };
        ComplianceView: {
            as_of: string;
            period_from: string;
            period_to: string;
            audit_head_id: number;
            audit_head_hash: string;
            clauses: components["schemas"]["ComplianceClause"][];
        };
        ComplianceReportCheck: {
            verified: boolean;
            sha256: string;
            audit_id: number | null;
            recorded_at: string | null;
        };
        ConfidentialityLevel: {
            /** @enum {string} */
            category: "contacts" | "authorised_people" | "devices" | "network_plans" | "contracts" | "invoices" | "tickets";
            /** @enum {string} */
            level: "public" | "internal" | "confidential" | "secret";
            updated_by: string;
            updated_at: string;
        };
        ConfidentialityHolding: {
            /** @enum {string} */
            category: "contacts" | "authorised_people" | "devices" | "network_plans" | "contracts" | "invoices" | "tickets";
            /** @enum {string} */
            level: "public" | "internal" | "confidential" | "secret";
            records: number;
        };
        ConfidentialityHoldings: {
            customer_id: number;
            customer_name: string;
            categories: components["schemas"]["ConfidentialityHolding"][];
        };
        Disclosure: {
            id: number;
            number: string;
            customer_id: number;
            customer_name: string;
            recipient: string;
            /** @enum {string} */
            recipient_kind: "authority" | "third_party";
            categories: ("contacts" | "authorised_people" | "devices" | "network_plans" | "contracts" | "invoices" | "tickets")[];
            records: string;
            purpose: string;
            /** @enum {string} */
            basis: "consent" | "legal";
            consent_name: string | null;
            consent_type: string | null;
            consent_size: number | null;
            law: string | null;
            article: string | null;
            document_number: string | null;
            withheld: boolean;
            withheld_law: string | null;
            /** @enum {string} */
            status: "requested" | "approved" | "rejected" | "disclosed";
            requested_by: string;
            requested_at: string;
            decided_by: string | null;
            decided_at: string | null;
            decision_note: string | null;
            disclosed_by: string | null;
            disclosed_at: string | null;
            disclosed_what: string | null;
        };
        DisclosurePage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["Disclosure"][];
        };
        DisclosureDetail: {
            disclosure: components["schemas"]["Disclosure"];
            actions: ("consent" | "approve" | "reject" | "disclose")[];
        };
        SensitiveRead: {
            audit_id: number;
            at: string;
            actor: string;
            object_type: string;
            object_id: string;
            action: string;
            customer_id: number | null;
            fields: string[];
        };
        SensitiveReadPage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["SensitiveRead"][];
        };
        ConfidentialityObligation: {
            contract_id: number;
            contract_number: string;
            customer_id: number;
            customer_name: string;
            contract_status: string;
            effective_date: string;
            contract_end: string;
            years_after_end: number;
            years_custom: boolean;
            until: string;
            active: boolean;
            reminded_at: string | null;
        };
        ConfidentialityObligationPage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["ConfidentialityObligation"][];
        };
        ConfidentialityExportSection: {
            /** @enum {string} */
            name: "customer" | "contacts" | "authorised_people" | "contracts" | "invoices" | "tickets" | "devices" | "prefixes" | "vlans" | "disclosures";
            count: number;
        };
        ConfidentialityExport: {
            customer_id: number;
            customer_name: string;
            generated_at: string;
            page_size: number;
            sections: components["schemas"]["ConfidentialityExportSection"][];
        };
        BackupRetention: {
            keep_last: number;
            keep_daily: number;
            keep_weekly: number;
            keep_monthly: number;
        };
        BackupPlan: {
            id: number;
            customer_id: number;
            contract_id: number;
            contract_number: string;
            name: string;
            /** @enum {string} */
            source_kind: "paths" | "command" | "ssh";
            paths: string[];
            dump_command: string[];
            dump_filename: string;
            ssh_host: string;
            ssh_port: number;
            ssh_user: string;
            ssh_key_set: boolean;
            ssh_known_host: string | null;
            /** @enum {string} */
            schedule_kind: "interval" | "daily";
            interval_minutes: number;
            daily_at: string;
            retention: components["schemas"]["BackupRetention"];
            repository: string;
            location: string;
            restore_test_days: number;
            timeout_minutes: number;
            /** @enum {string} */
            status: "active" | "paused";
            next_run_at: string | null;
            last_restore_test_at: string | null;
            created_by: string;
            created_at: string;
            updated_at: string;
        };
        BackupPlanPage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["BackupPlan"][];
        };
        BackupRun: {
            id: number;
            plan_id: number | null;
            plan_name: string;
            customer_id: number;
            contract_id: number | null;
            /** @enum {string} */
            engine: "restic" | "veeam" | "bacula" | "other";
            /** @enum {string} */
            kind: "backup" | "restore_test";
            job_name: string;
            /** @enum {string} */
            status: "running" | "succeeded" | "failed";
            started_at: string;
            ended_at: string | null;
            files: number | null;
            files_new: number | null;
            bytes_added: number | null;
            bytes_processed: number | null;
            snapshot_id: string | null;
            /** @enum {string|null} */
            reason: "repository_unreachable" | "repository_full" | "wrong_password" | "timeout" | "source_missing" | "verification_failed" | "tool_failed" | "reported" | "host_key_changed" | null;
            ticket_number: string | null;
            log_excerpt: string;
            reported_by: string;
        };
        BackupRunPage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["BackupRun"][];
        };
        BackupRestore: {
            id: number;
            plan_id: number;
            plan_name: string;
            customer_id: number;
            snapshot_id: string;
            paths: string[];
            /** @enum {string} */
            target_kind: "original" | "path";
            target_path: string;
            /** @enum {string} */
            status: "requested" | "approved" | "rejected" | "running" | "verified" | "failed" | "confirmed";
            note: string;
            requested_by: string;
            requested_at: string;
            decided_by: string | null;
            decided_at: string | null;
            decision_note: string | null;
            executed_at: string | null;
            /** @enum {string|null} */
            failure_reason: "repository_unreachable" | "repository_full" | "wrong_password" | "timeout" | "source_missing" | "verification_failed" | "tool_failed" | "reported" | "host_key_changed" | null;
            files_verified: number | null;
            bytes_restored: number | null;
            verification: string;
            confirmed_by: string | null;
            confirmed_at: string | null;
            confirmation_note: string | null;
        };
        BackupRestorePage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["BackupRestore"][];
        };
        FirewallRequestLine: {
            id: number;
            /** @enum {string} */
            direction: "inbound" | "outbound";
            /** @enum {string} */
            protocol: "tcp" | "udp" | "icmp" | "any";
            source: string;
            destination: string;
            ports: string;
            risk_flags: ("any_any" | "management_port_exposed" | "wide_port_range" | "wide_remote_network" | "all_ports")[];
            rule_id: number | null;
        };
        FirewallRequestRow: {
            id: number;
            number: string;
            customer_id: number;
            customer_name: string;
            device_id: number;
            device_name: string;
            /** @enum {string} */
            action: "open" | "close";
            reason: string;
            expires_on: string | null;
            /** @enum {string} */
            risk_level: "low" | "medium" | "high";
            risk_flags: ("any_any" | "management_port_exposed" | "wide_port_range" | "wide_remote_network" | "all_ports")[];
            /** @enum {string} */
            status: "submitted" | "approved" | "rejected";
            review_risk_level: string | null;
            review_note: string | null;
            reviewed_by: string | null;
            reviewed_at: string | null;
            created_by: string;
            created_at: string;
            updated_at: string;
            lines?: components["schemas"]["FirewallRequestLine"][];
        };
        FirewallRequestRowPage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["FirewallRequestRow"][];
        };
        FirewallRequest: {
            id: number;
            number: string;
            customer_id: number;
            customer_name: string;
            device_id: number;
            device_name: string;
            /** @enum {string} */
            action: "open" | "close";
            reason: string;
            expires_on: string | null;
            /** @enum {string} */
            risk_level: "low" | "medium" | "high";
            risk_flags: ("any_any" | "management_port_exposed" | "wide_port_range" | "wide_remote_network" | "all_ports")[];
            /** @enum {string} */
            status: "submitted" | "approved" | "rejected";
            review_risk_level: string | null;
            review_note: string | null;
            reviewed_by: string | null;
            reviewed_at: string | null;
            created_by: string;
            created_at: string;
            updated_at: string;
            lines?: components["schemas"]["FirewallRequestLine"][];
        };
        FirewallRule: {
            id: number;
            customer_id: number;
            customer_name: string;
            device_id: number;
            device_name: string;
            /** @enum {string} */
            direction: "inbound" | "outbound";
            /** @enum {string} */
            protocol: "tcp" | "udp" | "icmp" | "any";
            source: string;
            destination: string;
            ports: string;
            /** @enum {string} */
            risk_level: "low" | "medium" | "high";
            expires_on: string | null;
            added_request_id: number;
            added_request_number: string;
            added_at: string;
            reviewed_by: string;
            removed_request_id: number | null;
            removed_request_number: string | null;
            removed_at: string | null;
            removed_reason: string | null;
        };
        FirewallRulePage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["FirewallRule"][];
        };
        VulnConsent: {
            id: number;
            customer_id: number;
            granted_by: string;
            granted_on: string;
            scope: string[];
            valid_from: string;
            valid_until: string;
            /** @enum {string} */
            source: "portal" | "signed";
            document: string;
            has_file: boolean;
            revoked_at: string | null;
            created_by: string;
            created_at: string;
        };
        VulnConsentPage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["VulnConsent"][];
        };
        VulnAllowedPort: {
            id: number;
            customer_id: number;
            /** @enum {string} */
            protocol: "tcp" | "udp";
            port: number;
            note: string;
            created_by: string;
            created_at: string;
        };
        VulnAllowedPortPage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["VulnAllowedPort"][];
        };
        VulnSchedule: {
            id: number;
            customer_id: number;
            targets: string[];
            /** @enum {string} */
            profile: "top" | "full" | "service";
            ports: string | null;
            interval_days: number;
            next_run_on: string;
            active: boolean;
            created_by: string;
            created_at: string;
            updated_at: string;
        };
        VulnSchedulePage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["VulnSchedule"][];
        };
        VulnScan: {
            id: number;
            number: string;
            customer_id: number;
            schedule_id: number | null;
            /** @enum {string} */
            kind: "nmap" | "nmap_import" | "openvas_import";
            targets: string[];
            /** @enum {string|null} */
            profile: "top" | "full" | "service" | null;
            ports: string | null;
            /** @enum {string} */
            status: "running" | "done" | "failed";
            hosts_up: number;
            open_ports: number;
            findings_new: number;
            findings_closed: number;
            findings_reopened: number;
            error: string | null;
            started_at: string;
            finished_at: string | null;
            created_by: string;
        };
        VulnScanPage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["VulnScan"][];
        };
        VulnScanPort: {
            host: string;
            protocol: string;
            port: number;
            service: string;
            product: string;
            version: string;
        };
        VulnScanDetail: {
            scan: components["schemas"]["VulnScan"];
            ports: components["schemas"]["VulnScanPort"][];
        };
        VulnFinding: {
            id: number;
            number: string;
            customer_id: number;
            host: string;
            /** @enum {string} */
            protocol: "tcp" | "udp";
            port: number;
            plugin: string;
            title: string;
            detail: string;
            cvss_tenths: number | null;
            /** @enum {string} */
            severity: "critical" | "high" | "medium" | "low" | "info";
            /** @enum {string} */
            status: "open" | "acknowledged" | "fixed" | "verified" | "accepted";
            due_on: string;
            overdue: boolean;
            owner: string;
            acknowledged_by: string | null;
            acknowledged_at: string | null;
            risk_reason: string | null;
            risk_approved_by: string | null;
            first_scan_id: number;
            last_scan_id: number;
            first_seen_at: string;
            last_seen_at: string;
            closed_at: string | null;
            updated_at: string;
        };
        VulnFindingPage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["VulnFinding"][];
        };
        VulnFindingEvent: {
            id: number;
            /** @enum {string} */
            action: "found" | "acknowledged" | "fixed" | "verified" | "reopened" | "accepted" | "assigned" | "seen";
            /** @enum {string} */
            status: "open" | "acknowledged" | "fixed" | "verified" | "accepted";
            note: string;
            scan_id: number | null;
            actor: string;
            at: string;
        };
        VulnFindingDetail: {
            finding: components["schemas"]["VulnFinding"];
            history: components["schemas"]["VulnFindingEvent"][];
            actions: ("acknowledge" | "fix" | "accept" | "assign")[];
        };
        VulnAssessment: {
            id: number;
            number: string;
            customer_id: number | null;
            title: string;
            scope: string;
            assessed_on: string;
            assessor: string;
            /** @enum {string} */
            status: "open" | "closed";
            summary: string;
            closed_at: string | null;
            open_items: number;
            overdue_items: number;
            created_by: string;
            created_at: string;
            updated_at: string;
        };
        VulnAssessmentPage: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["VulnAssessment"][];
        };
        VulnAssessmentItem: {
            id: number;
            /** @enum {string} */
            kind: "finding" | "action";
            title: string;
            /** @enum {string} */
            severity: "critical" | "high" | "medium" | "low" | "info";
            owner: string;
            due_on: string;
            /** @enum {string} */
            status: "open" | "done";
            overdue: boolean;
            resolution: string | null;
            closed_at: string | null;
            created_by: string;
            created_at: string;
        };
        VulnAssessmentDetail: {
            assessment: components["schemas"]["VulnAssessment"];
            items: components["schemas"]["VulnAssessmentItem"][];
        };
        HomeStageCount: {
            /** @enum {string} */
            status: "draft" | "business_review" | "technical_review" | "management_review" | "approved" | "contracted" | "returned" | "rejected" | "withdrawn";
            count: number;
        };
        HomeStages: {
            stages: components["schemas"]["HomeStageCount"][];
        };
        HomeHorizon: {
            days: number;
            until: string;
            count: number;
        };
        HomeExpiring: {
            today: string;
            horizons: components["schemas"]["HomeHorizon"][];
            auto_renew: number;
            manual: number;
        };
        HomeRenewal: {
            id: number;
            number: string;
            customer_name: string;
            end_date: string;
            days_left: number;
            auto_renew: boolean;
            notice_by: string;
        };
        HomeRenewals: {
            items: components["schemas"]["HomeRenewal"][];
        };
        HomeIntake: {
            buckets: string[];
            applications: number[];
            contracts_signed: number[];
        };
        HomeFeasibilityItem: {
            id: number;
            number: string;
            customer_name: string;
            space: string;
            units: number;
            racks: number;
            power_w: number;
            since: string;
            age_days: number;
            proposal_accepted: boolean;
        };
        HomeFeasibilityQueue: {
            count: number;
            items: components["schemas"]["HomeFeasibilityItem"][];
        };
        HomeRoomCapacity: {
            id: number;
            name: string;
            site: string;
            racks: number;
            devices: number;
            units_total_hu: number;
            units_used_hu: number;
            units_reserved_hu: number;
            power_capacity_w: number;
            power_allocated_w: number;
        };
        HomeCapacity: {
            rooms: components["schemas"]["HomeRoomCapacity"][];
        };
        HomeOccupancy: {
            buckets: string[];
            occupied_hu: number[];
            racked_hu: number[];
            now_hu: number;
        };
        HomeWaitingItem: {
            kind: string;
            count: number;
            oldest_at: string | null;
        };
        HomeWaitingDepartment: {
            /** @enum {string} */
            department: "business" | "technical" | "management";
            count: number;
            oldest_at: string | null;
            oldest_days: number | null;
            items: components["schemas"]["HomeWaitingItem"][];
        };
        HomeWaiting: {
            departments: components["schemas"]["HomeWaitingDepartment"][];
        };
        HomeContractValue: {
            buckets: string[];
            currency: string;
            contracts: number[];
            monthly_fen: number[];
            term_value_fen: number[];
            other_currency: number;
        };
        HomeInstall: {
            id: number;
            name: string;
            rack: string;
            position: number | null;
            customer_name: string;
        };
        HomeInstallList: {
            count: number;
            items: components["schemas"]["HomeInstall"][];
        };
        HomeMoveOut: {
            device_id: number;
            device_name: string;
            contract_id: number;
            contract_number: string;
            rack: string;
            since: string;
        };
        HomeMoveOutList: {
            count: number;
            items: components["schemas"]["HomeMoveOut"][];
        };
        HomeMaintenance: {
            due: number;
            in_progress: number;
        };
        HomeWorkToday: {
            install: components["schemas"]["HomeInstallList"];
            move_out?: components["schemas"]["HomeMoveOutList"];
            maintenance: components["schemas"]["HomeMaintenance"];
        };
        HomeWorkWeekly: {
            buckets: string[];
            racked: number[];
            removed: number[];
        };
        HomeServiceContract: {
            id: number;
            number: string;
            status: string;
            end_date: string;
            monthly_fen: number | null;
        };
        HomeServices: {
            racks: number;
            devices: number;
            addresses: number;
            contracts?: components["schemas"]["HomeServiceContract"][];
            monthly_fen?: number;
            currency?: string;
        };
        HomeRecentApplication: {
            id: number;
            number: string;
            /** @enum {string} */
            status: "draft" | "business_review" | "technical_review" | "management_review" | "approved" | "contracted" | "returned" | "rejected" | "withdrawn";
            updated_at: string;
        };
        HomeMyApplications: {
            stages: components["schemas"]["HomeStageCount"][];
            items: components["schemas"]["HomeRecentApplication"][];
        };
        HomeNotice: {
            id: number;
            topic: string;
            title_en: string;
            title_zh: string;
            link: string;
            created_at: string;
            read: boolean;
        };
        HomeNotices: {
            count: number;
            unread: number;
            items: components["schemas"]["HomeNotice"][];
        };
        HomeServicedeskCount: {
            count: number;
        };
        HomeMaintenanceOverdue: {
            count: number;
            oldest_due_on: string | null;
        };
        HomeFindingsOpen: {
            open: number;
            overdue: number;
            earliest_deadline: string | null;
        };
        HomeCard: {
            /** @enum {string} */
            id: "applications.by_stage" | "contracts.expiring" | "contracts.renewals" | "intake.weekly" | "feasibility.queue" | "capacity.rooms" | "occupancy.weekly" | "approvals.waiting" | "contracts.value_monthly" | "work.today" | "work.weekly" | "my.services" | "my.applications" | "my.notices" | "my.occupancy" | "servicedesk.breaches_today" | "servicedesk.complaints_open" | "servicedesk.actions_overdue" | "facility.maintenance_overdue" | "facility.findings_open";
            data: components["schemas"]["HomeStages"] | components["schemas"]["HomeExpiring"] | components["schemas"]["HomeRenewals"] | components["schemas"]["HomeIntake"] | components["schemas"]["HomeFeasibilityQueue"] | components["schemas"]["HomeCapacity"] | components["schemas"]["HomeOccupancy"] | components["schemas"]["HomeWaiting"] | components["schemas"]["HomeContractValue"] | components["schemas"]["HomeWorkToday"] | components["schemas"]["HomeWorkWeekly"] | components["schemas"]["HomeServices"] | components["schemas"]["HomeMyApplications"] | components["schemas"]["HomeNotices"] | components["schemas"]["HomeServicedeskCount"] | components["schemas"]["HomeMaintenanceOverdue"] | components["schemas"]["HomeFindingsOpen"];
        };
        HomePage: {
            /** @enum {string} */
            id: "business" | "technical" | "management" | "operations" | "finance" | "portal";
            cards: components["schemas"]["HomeCard"][];
        };
        HomeAnswer: {
            pages: components["schemas"]["HomePage"][];
        };
        Problem: {
            type: string;
            title: string;
            status: number;
            detail?: string;
            code: string;
            instance?: string;
            request_id?: string;
            errors?: {
                field?: string;
                code?: string;
                message?: string;
            }[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type Version = components['schemas']['Version'];
export type User = components['schemas']['User'];
export type SignIn = components['schemas']['SignIn'];
export type TotpEnrolment = components['schemas']['TotpEnrolment'];
export type TotpStatus = components['schemas']['TotpStatus'];
export type RecoveryCodes = components['schemas']['RecoveryCodes'];
export type Session = components['schemas']['Session'];
export type Revoked = components['schemas']['Revoked'];
export type ApiToken = components['schemas']['ApiToken'];
export type SavedView = components['schemas']['SavedView'];
export type UserPage = components['schemas']['UserPage'];
export type UserRevoked = components['schemas']['UserRevoked'];
export type Role = components['schemas']['Role'];
export type AuditEntry = components['schemas']['AuditEntry'];
export type AuditEntryPage = components['schemas']['AuditEntryPage'];
export type AuditActors = components['schemas']['AuditActors'];
export type Contact = components['schemas']['Contact'];
export type Customer = components['schemas']['Customer'];
export type CustomerPage = components['schemas']['CustomerPage'];
export type Site = components['schemas']['Site'];
export type SitePage = components['schemas']['SitePage'];
export type Utilisation = components['schemas']['Utilisation'];
export type SiteDetail = components['schemas']['SiteDetail'];
export type Ref = components['schemas']['Ref'];
export type Room = components['schemas']['Room'];
export type RoomPage = components['schemas']['RoomPage'];
export type RoomDetail = components['schemas']['RoomDetail'];
export type RackRow = components['schemas']['RackRow'];
export type RackRowPage = components['schemas']['RackRowPage'];
export type RackListItem = components['schemas']['RackListItem'];
export type RackListItemPage = components['schemas']['RackListItemPage'];
export type CsvReport = components['schemas']['CsvReport'];
export type Rack = components['schemas']['Rack'];
export type BulkReport = components['schemas']['BulkReport'];
export type PowerFeed = components['schemas']['PowerFeed'];
export type RackDetail = components['schemas']['RackDetail'];
export type ElevationUnit = components['schemas']['ElevationUnit'];
export type Elevation = components['schemas']['Elevation'];
export type PowerFeedPage = components['schemas']['PowerFeedPage'];
export type InterfaceTemplate = components['schemas']['InterfaceTemplate'];
export type PowerPortTemplate = components['schemas']['PowerPortTemplate'];
export type DeviceType = components['schemas']['DeviceType'];
export type DeviceTypePage = components['schemas']['DeviceTypePage'];
export type ImportReport = components['schemas']['ImportReport'];
export type DeviceTypeRef = components['schemas']['DeviceTypeRef'];
export type DeviceEvent = components['schemas']['DeviceEvent'];
export type Maintenance = components['schemas']['Maintenance'];
export type Device = components['schemas']['Device'];
export type DevicePage = components['schemas']['DevicePage'];
export type Reservation = components['schemas']['Reservation'];
export type ReservationPage = components['schemas']['ReservationPage'];
export type Interface = components['schemas']['Interface'];
export type InterfacePage = components['schemas']['InterfacePage'];
export type Vlan = components['schemas']['Vlan'];
export type VlanPage = components['schemas']['VlanPage'];
export type VlanRef = components['schemas']['VlanRef'];
export type InterfaceVlans = components['schemas']['InterfaceVlans'];
export type CableEnd = components['schemas']['CableEnd'];
export type Cable = components['schemas']['Cable'];
export type CablePage = components['schemas']['CablePage'];
export type AddressUtilisation = components['schemas']['AddressUtilisation'];
export type Prefix = components['schemas']['Prefix'];
export type PrefixPage = components['schemas']['PrefixPage'];
export type FreeAddress = components['schemas']['FreeAddress'];
export type AddressAssignment = components['schemas']['AddressAssignment'];
export type IpAddress = components['schemas']['IpAddress'];
export type SiteAddressUtilisation = components['schemas']['SiteAddressUtilisation'];
export type SiteAddressUtilisationPage = components['schemas']['SiteAddressUtilisationPage'];
export type IpAddressPage = components['schemas']['IpAddressPage'];
export type Notification = components['schemas']['Notification'];
export type NotificationPage = components['schemas']['NotificationPage'];
export type UnreadCount = components['schemas']['UnreadCount'];
export type Delivery = components['schemas']['Delivery'];
export type DeliveryPage = components['schemas']['DeliveryPage'];
export type OutboxEntry = components['schemas']['OutboxEntry'];
export type EmailStatus = components['schemas']['EmailStatus'];
export type Webhook = components['schemas']['Webhook'];
export type WebhookPage = components['schemas']['WebhookPage'];
export type CreatedWebhook = components['schemas']['CreatedWebhook'];
export type NotificationSettings = components['schemas']['NotificationSettings'];
export type ApplicationDeviceLine = components['schemas']['ApplicationDeviceLine'];
export type ApplicationNeeds = components['schemas']['ApplicationNeeds'];
export type AcceptedPlacement = components['schemas']['AcceptedPlacement'];
export type Application = components['schemas']['Application'];
export type ApplicationPage = components['schemas']['ApplicationPage'];
export type WorkflowStep = components['schemas']['WorkflowStep'];
export type ApplicationDetail = components['schemas']['ApplicationDetail'];
export type PlacementRack = components['schemas']['PlacementRack'];
export type PlacementReason = components['schemas']['PlacementReason'];
export type FeasibilityItem = components['schemas']['FeasibilityItem'];
export type PlacementWholeRack = components['schemas']['PlacementWholeRack'];
export type FeasibilityReason = components['schemas']['FeasibilityReason'];
export type Feasibility = components['schemas']['Feasibility'];
export type PriceVersion = components['schemas']['PriceVersion'];
export type CatalogueItem = components['schemas']['CatalogueItem'];
export type CatalogueItemPage = components['schemas']['CatalogueItemPage'];
export type ContractParties = components['schemas']['ContractParties'];
export type ContractAmounts = components['schemas']['ContractAmounts'];
export type Confidentiality = components['schemas']['Confidentiality'];
export type ContractSigning = components['schemas']['ContractSigning'];
export type ContractTermination = components['schemas']['ContractTermination'];
export type Contract = components['schemas']['Contract'];
export type ContractPage = components['schemas']['ContractPage'];
export type LineItem = components['schemas']['LineItem'];
export type ContractTerms = components['schemas']['ContractTerms'];
export type ContractVersion = components['schemas']['ContractVersion'];
export type AmendmentProposer = components['schemas']['AmendmentProposer'];
export type ContractChanges = components['schemas']['ContractChanges'];
export type PriceRise = components['schemas']['PriceRise'];
export type Amendment = components['schemas']['Amendment'];
export type SettlementItem = components['schemas']['SettlementItem'];
export type TerminationRequest = components['schemas']['TerminationRequest'];
export type MoveOutTask = components['schemas']['MoveOutTask'];
export type ContractDetail = components['schemas']['ContractDetail'];
export type PriceChange = components['schemas']['PriceChange'];
export type PriceChangePage = components['schemas']['PriceChangePage'];
export type Payment = components['schemas']['Payment'];
export type PaymentPage = components['schemas']['PaymentPage'];
export type PaymentAllocation = components['schemas']['PaymentAllocation'];
export type PaymentDetail = components['schemas']['PaymentDetail'];
export type PlannedAllocation = components['schemas']['PlannedAllocation'];
export type AllocationPreview = components['schemas']['AllocationPreview'];
export type CustomerBalance = components['schemas']['CustomerBalance'];
export type StatementEntry = components['schemas']['StatementEntry'];
export type Statement = components['schemas']['Statement'];
export type Refund = components['schemas']['Refund'];
export type Deposit = components['schemas']['Deposit'];
export type AgeingRow = components['schemas']['AgeingRow'];
export type AgeingRowPage = components['schemas']['AgeingRowPage'];
export type AgeingAmounts = components['schemas']['AgeingAmounts'];
export type AgeingSummary = components['schemas']['AgeingSummary'];
export type SearchHit = components['schemas']['SearchHit'];
export type SearchGroup = components['schemas']['SearchGroup'];
export type SearchAnswer = components['schemas']['SearchAnswer'];
export type ServicedeskObject = components['schemas']['ServicedeskObject'];
export type ServicedeskMaintenance = components['schemas']['ServicedeskMaintenance'];
export type ServicedeskMaintenancePage = components['schemas']['ServicedeskMaintenancePage'];
export type ServicedeskTicket = components['schemas']['ServicedeskTicket'];
export type ServicedeskTicketPage = components['schemas']['ServicedeskTicketPage'];
export type ServicedeskComment = components['schemas']['ServicedeskComment'];
export type ServicedeskEvent = components['schemas']['ServicedeskEvent'];
export type ServicedeskAttachment = components['schemas']['ServicedeskAttachment'];
export type ServicedeskAnswer = components['schemas']['ServicedeskAnswer'];
export type ServicedeskClock = components['schemas']['ServicedeskClock'];
export type ServicedeskDetail = components['schemas']['ServicedeskDetail'];
export type SlaAvailability = components['schemas']['SlaAvailability'];
export type SlaCount = components['schemas']['SlaCount'];
export type SlaIndicators = components['schemas']['SlaIndicators'];
export type SlaCredit = components['schemas']['SlaCredit'];
export type SlaCredits = components['schemas']['SlaCredits'];
export type SlaMonthEnd = components['schemas']['SlaMonthEnd'];
export type SlaCreditStep = components['schemas']['SlaCreditStep'];
export type SlaCreditTable = components['schemas']['SlaCreditTable'];
export type SlaOutage = components['schemas']['SlaOutage'];
export type SlaOutages = components['schemas']['SlaOutages'];
export type SlaOutageImport = components['schemas']['SlaOutageImport'];
export type CompensationClaim = components['schemas']['CompensationClaim'];
export type CompensationClaims = components['schemas']['CompensationClaims'];
export type ImprovementAction = components['schemas']['ImprovementAction'];
export type ImprovementActions = components['schemas']['ImprovementActions'];
export type SlaServiceAvailability = components['schemas']['SlaServiceAvailability'];
export type ServiceQualityReport = components['schemas']['ServiceQualityReport'];
export type SlaCustomerQuality = components['schemas']['SlaCustomerQuality'];
export type SlaCustomerQualityPage = components['schemas']['SlaCustomerQualityPage'];
export type UsageMeter = components['schemas']['UsageMeter'];
export type UsageMeterPage = components['schemas']['UsageMeterPage'];
export type UsageWriteReport = components['schemas']['UsageWriteReport'];
export type UsageImportRejection = components['schemas']['UsageImportRejection'];
export type UsageImportReport = components['schemas']['UsageImportReport'];
export type UsagePoint = components['schemas']['UsagePoint'];
export type UsageSeries = components['schemas']['UsageSeries'];
export type UsageFigures = components['schemas']['UsageFigures'];
export type UsageMeterFigures = components['schemas']['UsageMeterFigures'];
export type UsageSummary = components['schemas']['UsageSummary'];
export type InvoiceContractRef = components['schemas']['InvoiceContractRef'];
export type Invoice = components['schemas']['Invoice'];
export type InvoicePage = components['schemas']['InvoicePage'];
export type InvoiceBuyer = components['schemas']['InvoiceBuyer'];
export type InvoiceSeller = components['schemas']['InvoiceSeller'];
export type InvoiceLine = components['schemas']['InvoiceLine'];
export type InvoiceDetail = components['schemas']['InvoiceDetail'];
export type BillingRun = components['schemas']['BillingRun'];
export type BillingRunPage = components['schemas']['BillingRunPage'];
export type ContractBill = components['schemas']['ContractBill'];
export type BillingPreview = components['schemas']['BillingPreview'];
export type BillingProfile = components['schemas']['BillingProfile'];
export type TsdbAppendReport = components['schemas']['TsdbAppendReport'];
export type TsdbSeries = components['schemas']['TsdbSeries'];
export type TsdbSeriesPage = components['schemas']['TsdbSeriesPage'];
export type TsdbPoint = components['schemas']['TsdbPoint'];
export type TsdbRange = components['schemas']['TsdbRange'];
export type TsdbPromql = components['schemas']['TsdbPromql'];
export type Penalty = components['schemas']['Penalty'];
export type PenaltyPage = components['schemas']['PenaltyPage'];
export type PenaltyWaiver = components['schemas']['PenaltyWaiver'];
export type Reminder = components['schemas']['Reminder'];
export type PenaltyDetail = components['schemas']['PenaltyDetail'];
export type ReminderPage = components['schemas']['ReminderPage'];
export type Suspension = components['schemas']['Suspension'];
export type SuspensionPage = components['schemas']['SuspensionPage'];
export type SuspendedDevice = components['schemas']['SuspendedDevice'];
export type SuspensionDetail = components['schemas']['SuspensionDetail'];
export type ContractStanding = components['schemas']['ContractStanding'];
export type DiscoveredInterface = components['schemas']['DiscoveredInterface'];
export type MonitoringCheck = components['schemas']['MonitoringCheck'];
export type MonitoredDevice = components['schemas']['MonitoredDevice'];
export type MonitoredDevicePage = components['schemas']['MonitoredDevicePage'];
export type AlertLabel = components['schemas']['AlertLabel'];
export type Alert = components['schemas']['Alert'];
export type AlertPage = components['schemas']['AlertPage'];
export type AlertEvent = components['schemas']['AlertEvent'];
export type AlertDetail = components['schemas']['AlertDetail'];
export type DeviceAvailability = components['schemas']['DeviceAvailability'];
export type DeviceAvailabilityList = components['schemas']['DeviceAvailabilityList'];
export type Advice = components['schemas']['Advice'];
export type AdviceList = components['schemas']['AdviceList'];
export type MaintenanceWindow = components['schemas']['MaintenanceWindow'];
export type MaintenanceWindowList = components['schemas']['MaintenanceWindowList'];
export type AuthorisedPerson = components['schemas']['AuthorisedPerson'];
export type AuthorisedPersonPage = components['schemas']['AuthorisedPersonPage'];
export type PersonIdentity = components['schemas']['PersonIdentity'];
export type Visit = components['schemas']['Visit'];
export type VisitPage = components['schemas']['VisitPage'];
export type DeskView = components['schemas']['DeskView'];
export type EntryLog = components['schemas']['EntryLog'];
export type EntryLogPage = components['schemas']['EntryLogPage'];
export type SlipItem = components['schemas']['SlipItem'];
export type EquipmentSlip = components['schemas']['EquipmentSlip'];
export type EquipmentSlipPage = components['schemas']['EquipmentSlipPage'];
export type ChangeStep = components['schemas']['ChangeStep'];
export type ChangeRequestBrief = components['schemas']['ChangeRequestBrief'];
export type ChangeRequestBriefPage = components['schemas']['ChangeRequestBriefPage'];
export type ChangeRequest = components['schemas']['ChangeRequest'];
export type ChangeRequestView = components['schemas']['ChangeRequestView'];
export type ConfigDevice = components['schemas']['ConfigDevice'];
export type ConfigDevicePage = components['schemas']['ConfigDevicePage'];
export type ConfigFetch = components['schemas']['ConfigFetch'];
export type ConfigVersionBrief = components['schemas']['ConfigVersionBrief'];
export type ConfigVersionBriefPage = components['schemas']['ConfigVersionBriefPage'];
export type ConfigFetchPage = components['schemas']['ConfigFetchPage'];
export type ConfigVersion = components['schemas']['ConfigVersion'];
export type ConfigDiffLine = components['schemas']['ConfigDiffLine'];
export type ConfigDiffHunk = components['schemas']['ConfigDiffHunk'];
export type ConfigDiff = components['schemas']['ConfigDiff'];
export type TodayVisit = components['schemas']['TodayVisit'];
export type DueItem = components['schemas']['DueItem'];
export type FacilityToday = components['schemas']['FacilityToday'];
export type EmergencyPlanVersion = components['schemas']['EmergencyPlanVersion'];
export type EmergencyPlanBrief = components['schemas']['EmergencyPlanBrief'];
export type EmergencyPlanBriefPage = components['schemas']['EmergencyPlanBriefPage'];
export type EmergencyPlan = components['schemas']['EmergencyPlan'];
export type DrillEntry = components['schemas']['DrillEntry'];
export type DrillAction = components['schemas']['DrillAction'];
export type DrillBrief = components['schemas']['DrillBrief'];
export type DrillBriefPage = components['schemas']['DrillBriefPage'];
export type Drill = components['schemas']['Drill'];
export type DrillReportLine = components['schemas']['DrillReportLine'];
export type DrillReport = components['schemas']['DrillReport'];
export type FacilityAsset = components['schemas']['FacilityAsset'];
export type FacilityAssetPage = components['schemas']['FacilityAssetPage'];
export type ChecklistItem = components['schemas']['ChecklistItem'];
export type MaintenancePlan = components['schemas']['MaintenancePlan'];
export type MaintenancePlanPage = components['schemas']['MaintenancePlanPage'];
export type ChecklistAnswer = components['schemas']['ChecklistAnswer'];
export type WorkOrderPhoto = components['schemas']['WorkOrderPhoto'];
export type WorkOrder = components['schemas']['WorkOrder'];
export type WorkOrderPage = components['schemas']['WorkOrderPage'];
export type PatrolItem = components['schemas']['PatrolItem'];
export type PatrolCheckpoint = components['schemas']['PatrolCheckpoint'];
export type PatrolTemplate = components['schemas']['PatrolTemplate'];
export type PatrolTemplatePage = components['schemas']['PatrolTemplatePage'];
export type PatrolReading = components['schemas']['PatrolReading'];
export type PatrolReadingPage = components['schemas']['PatrolReadingPage'];
export type PatrolTrendPoint = components['schemas']['PatrolTrendPoint'];
export type PatrolTrend = components['schemas']['PatrolTrend'];
export type PatrolSchedule = components['schemas']['PatrolSchedule'];
export type PatrolSchedulePage = components['schemas']['PatrolSchedulePage'];
export type PatrolVisit = components['schemas']['PatrolVisit'];
export type PatrolPhoto = components['schemas']['PatrolPhoto'];
export type PatrolFinding = components['schemas']['PatrolFinding'];
export type PatrolRoundBrief = components['schemas']['PatrolRoundBrief'];
export type PatrolRoundBriefPage = components['schemas']['PatrolRoundBriefPage'];
export type PatrolRound = components['schemas']['PatrolRound'];
export type RectificationOrder = components['schemas']['RectificationOrder'];
export type RectificationOrderPage = components['schemas']['RectificationOrderPage'];
export type RectificationOrderView = components['schemas']['RectificationOrderView'];
export type Dispute = components['schemas']['Dispute'];
export type DisputePage = components['schemas']['DisputePage'];
export type DisputeEntry = components['schemas']['DisputeEntry'];
export type DisputeDeadline = components['schemas']['DisputeDeadline'];
export type DisputeLink = components['schemas']['DisputeLink'];
export type DisputeInstalment = components['schemas']['DisputeInstalment'];
export type DisputePlan = components['schemas']['DisputePlan'];
export type DisputeDetail = components['schemas']['DisputeDetail'];
export type BreachOveruse = components['schemas']['BreachOveruse'];
export type Breach = components['schemas']['Breach'];
export type BreachPage = components['schemas']['BreachPage'];
export type BreachEvidence = components['schemas']['BreachEvidence'];
export type BreachDetail = components['schemas']['BreachDetail'];
export type ComplianceFailingItem = components['schemas']['ComplianceFailingItem'];
export type ComplianceClause = components['schemas']['ComplianceClause'];
export type ComplianceView = components['schemas']['ComplianceView'];
export type ComplianceReportCheck = components['schemas']['ComplianceReportCheck'];
export type ConfidentialityLevel = components['schemas']['ConfidentialityLevel'];
export type ConfidentialityHolding = components['schemas']['ConfidentialityHolding'];
export type ConfidentialityHoldings = components['schemas']['ConfidentialityHoldings'];
export type Disclosure = components['schemas']['Disclosure'];
export type DisclosurePage = components['schemas']['DisclosurePage'];
export type DisclosureDetail = components['schemas']['DisclosureDetail'];
export type SensitiveRead = components['schemas']['SensitiveRead'];
export type SensitiveReadPage = components['schemas']['SensitiveReadPage'];
export type ConfidentialityObligation = components['schemas']['ConfidentialityObligation'];
export type ConfidentialityObligationPage = components['schemas']['ConfidentialityObligationPage'];
export type ConfidentialityExportSection = components['schemas']['ConfidentialityExportSection'];
export type ConfidentialityExport = components['schemas']['ConfidentialityExport'];
export type BackupRetention = components['schemas']['BackupRetention'];
export type BackupPlan = components['schemas']['BackupPlan'];
export type BackupPlanPage = components['schemas']['BackupPlanPage'];
export type BackupRun = components['schemas']['BackupRun'];
export type BackupRunPage = components['schemas']['BackupRunPage'];
export type BackupRestore = components['schemas']['BackupRestore'];
export type BackupRestorePage = components['schemas']['BackupRestorePage'];
export type FirewallRequestLine = components['schemas']['FirewallRequestLine'];
export type FirewallRequestRow = components['schemas']['FirewallRequestRow'];
export type FirewallRequestRowPage = components['schemas']['FirewallRequestRowPage'];
export type FirewallRequest = components['schemas']['FirewallRequest'];
export type FirewallRule = components['schemas']['FirewallRule'];
export type FirewallRulePage = components['schemas']['FirewallRulePage'];
export type VulnConsent = components['schemas']['VulnConsent'];
export type VulnConsentPage = components['schemas']['VulnConsentPage'];
export type VulnAllowedPort = components['schemas']['VulnAllowedPort'];
export type VulnAllowedPortPage = components['schemas']['VulnAllowedPortPage'];
export type VulnSchedule = components['schemas']['VulnSchedule'];
export type VulnSchedulePage = components['schemas']['VulnSchedulePage'];
export type VulnScan = components['schemas']['VulnScan'];
export type VulnScanPage = components['schemas']['VulnScanPage'];
export type VulnScanPort = components['schemas']['VulnScanPort'];
export type VulnScanDetail = components['schemas']['VulnScanDetail'];
export type VulnFinding = components['schemas']['VulnFinding'];
export type VulnFindingPage = components['schemas']['VulnFindingPage'];
export type VulnFindingEvent = components['schemas']['VulnFindingEvent'];
export type VulnFindingDetail = components['schemas']['VulnFindingDetail'];
export type VulnAssessment = components['schemas']['VulnAssessment'];
export type VulnAssessmentPage = components['schemas']['VulnAssessmentPage'];
export type VulnAssessmentItem = components['schemas']['VulnAssessmentItem'];
export type VulnAssessmentDetail = components['schemas']['VulnAssessmentDetail'];
export type HomeStageCount = components['schemas']['HomeStageCount'];
export type HomeStages = components['schemas']['HomeStages'];
export type HomeHorizon = components['schemas']['HomeHorizon'];
export type HomeExpiring = components['schemas']['HomeExpiring'];
export type HomeRenewal = components['schemas']['HomeRenewal'];
export type HomeRenewals = components['schemas']['HomeRenewals'];
export type HomeIntake = components['schemas']['HomeIntake'];
export type HomeFeasibilityItem = components['schemas']['HomeFeasibilityItem'];
export type HomeFeasibilityQueue = components['schemas']['HomeFeasibilityQueue'];
export type HomeRoomCapacity = components['schemas']['HomeRoomCapacity'];
export type HomeCapacity = components['schemas']['HomeCapacity'];
export type HomeOccupancy = components['schemas']['HomeOccupancy'];
export type HomeWaitingItem = components['schemas']['HomeWaitingItem'];
export type HomeWaitingDepartment = components['schemas']['HomeWaitingDepartment'];
export type HomeWaiting = components['schemas']['HomeWaiting'];
export type HomeContractValue = components['schemas']['HomeContractValue'];
export type HomeInstall = components['schemas']['HomeInstall'];
export type HomeInstallList = components['schemas']['HomeInstallList'];
export type HomeMoveOut = components['schemas']['HomeMoveOut'];
export type HomeMoveOutList = components['schemas']['HomeMoveOutList'];
export type HomeMaintenance = components['schemas']['HomeMaintenance'];
export type HomeWorkToday = components['schemas']['HomeWorkToday'];
export type HomeWorkWeekly = components['schemas']['HomeWorkWeekly'];
export type HomeServiceContract = components['schemas']['HomeServiceContract'];
export type HomeServices = components['schemas']['HomeServices'];
export type HomeRecentApplication = components['schemas']['HomeRecentApplication'];
export type HomeMyApplications = components['schemas']['HomeMyApplications'];
export type HomeNotice = components['schemas']['HomeNotice'];
export type HomeNotices = components['schemas']['HomeNotices'];
export type HomeServicedeskCount = components['schemas']['HomeServicedeskCount'];
export type HomeMaintenanceOverdue = components['schemas']['HomeMaintenanceOverdue'];
export type HomeFindingsOpen = components['schemas']['HomeFindingsOpen'];
export type HomeCard = components['schemas']['HomeCard'];
export type HomePage = components['schemas']['HomePage'];
export type HomeAnswer = components['schemas']['HomeAnswer'];
export type Problem = components['schemas']['Problem'];
export type $defs = Record<string, never>;
export interface operations {
    get_healthz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": unknown;
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_readyz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": unknown;
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_metrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": unknown;
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_version: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Version"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_openapi_json: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_auth_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username?: string;
                    password?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignIn"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_auth_login_totp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    challenge?: string;
                    code?: string;
                    recovery_code?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignIn"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_auth_login_enrol: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    challenge?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TotpEnrolment"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_me_totp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TotpStatus"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_me_totp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TotpEnrolment"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_me_totp_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryCodes"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_me_totp_disable: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_auth_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_auth_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_auth_password: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    current_password?: string;
                    new_password?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Revoked"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_auth_tokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiToken"][];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_auth_tokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    expires_at?: string;
                    read_only?: boolean;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiToken"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    delete_api_v1_auth_tokens_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_me_saved_views: {
        parameters: {
            query?: {
                /** @description which list, e.g. dcim.devices */
                page?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedView"][];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_me_saved_views: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    page: string;
                    name: string;
                    query: Record<string, never>;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedView"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    delete_api_v1_me_saved_views_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_users: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Part of the user name or display name. */
                q?: string;
                /** @description One or more of username, display_name, created_at, last_login_at, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description Role name. */
                role?: "admin" | "business" | "technical" | "management" | "finance" | "operations" | "security" | "auditor" | "customer_admin" | "customer_user";
                /** @description Customer id. */
                customer?: number;
                /** @description Enabled (true) or disabled (false) users. */
                active?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_users: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username?: string;
                    display_name?: string;
                    email?: string;
                    password?: string;
                    roles?: unknown[];
                    customer_id?: number;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_users_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patch_api_v1_users_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    display_name?: string;
                    email?: string;
                    roles?: unknown[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_users_id_disable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserRevoked"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_users_id_enable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserRevoked"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_users_id_reset_password: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Revoked"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_users_id_totp_reset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_roles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"][];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_audit: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Part of the actor, object type, object id or action (default order: newest first). */
                q?: string;
                /** @description One or more of id, at, actor, object_type, action, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description User name as recorded */
                actor?: string;
                /** @description customer, user, dcim.rack, ... */
                object_type?: string;
                /** @description The object's id as recorded */
                object_id?: string;
                /** @description create, update, ... */
                action?: string;
                /** @description Entries about this customer's objects */
                customer?: number;
                /** @description YYYY-MM-DD (a business date) or an ISO-8601 instant (inclusive) */
                from?: string;
                /** @description YYYY-MM-DD (inclusive business date) or an ISO-8601 instant (exclusive) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntryPage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_audit_history: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Part of the actor, object type, object id or action (default order: newest first). */
                q?: string;
                /** @description One or more of id, at, actor, object_type, action, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description customer, user, dcim.rack, application, contract, ... */
                object_type?: string;
                /** @description The object's id */
                object_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntryPage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_audit_actors: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditActors"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_customers: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Only id, name and a few identifying fields. */
                brief?: boolean;
                /** @description Part of the name or credit code. */
                q?: string;
                /** @description One or more of name, credit_code, status, created_at, updated_at, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description Customer status. */
                status?: "prospect" | "active" | "suspended" | "closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerPage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_customers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    credit_code?: string | null;
                    address?: string;
                    /** @enum {unknown} */
                    status?: "prospect" | "active" | "suspended" | "closed";
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_customers_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patch_api_v1_customers_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    credit_code?: string | null;
                    address?: string;
                    /** @enum {unknown} */
                    status?: "prospect" | "active" | "suspended" | "closed";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_customers_id_contacts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"][];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_customers_id_contacts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    role?: string;
                    phone?: string;
                    email?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    delete_api_v1_customers_id_contacts_contact_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                contact_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patch_api_v1_customers_id_contacts_contact_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                contact_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    role?: string;
                    phone?: string;
                    email?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_dcim_sites: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Only id, name and a few identifying fields. */
                brief?: boolean;
                /** @description Search text. */
                q?: string;
                /** @description One or more of name, slug, created_at, comma-separated; prefix - for descending. */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SitePage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_dcim_sites: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    slug?: string;
                    address?: string;
                    time_zone?: string;
                    uplink_mbps?: number;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Site"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_dcim_sites_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patch_api_v1_dcim_sites_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    slug?: string;
                    address?: string;
                    time_zone?: string;
                    uplink_mbps?: number;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Site"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_dcim_rooms: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Only id, name and a few identifying fields. */
                brief?: boolean;
                /** @description Search text. */
                q?: string;
                /** @description One or more of name, floor, site, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description Site id. */
                site?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomPage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_dcim_rooms: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    site_id?: number;
                    name?: string;
                    floor?: string;
                    temp_min_c?: number;
                    temp_max_c?: number;
                    humidity_min_pct?: number;
                    humidity_max_pct?: number;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Room"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_dcim_rooms_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoomDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patch_api_v1_dcim_rooms_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    site_id?: number;
                    name?: string;
                    floor?: string;
                    temp_min_c?: number;
                    temp_max_c?: number;
                    humidity_min_pct?: number;
                    humidity_max_pct?: number;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Room"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_dcim_rows: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Only id, name and a few identifying fields. */
                brief?: boolean;
                /** @description Search text. */
                q?: string;
                /** @description One or more of name, room, site, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description Site id. */
                site?: number;
                /** @description Room id. */
                room?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RackRowPage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_dcim_racks: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Only id, name and a few identifying fields. */
                brief?: boolean;
                /** @description Search text. */
                q?: string;
                /** @description One or more of name, row, status, u_height, site, room, created_at, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description Site id. */
                site?: number;
                /** @description Room id. */
                room?: number;
                /** @description Row name. */
                row?: string;
                /** @description Customer id. */
                customer?: number;
                /** @description Status. */
                status?: "planned" | "active" | "reserved" | "decommissioned";
                /** @description Add each rack's utilisation (units, power, ports). */
                utilisation?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RackListItemPage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_dcim_racks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    room_id?: number;
                    row?: string;
                    name?: string;
                    status?: string;
                    facility_id?: string;
                    u_height?: number;
                    descending?: boolean;
                    power_a_w?: number;
                    power_b_w?: number;
                    max_weight_kg?: number;
                    customer_id?: number;
                    force?: boolean;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rack"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patch_api_v1_dcim_racks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ids: number[];
                    status?: string;
                    customer_id?: number;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkReport"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_dcim_racks_csv: {
        parameters: {
            query?: {
                /** @description Search text. */
                q?: string;
                /** @description One or more of name, row, status, u_height, site, room, created_at, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description Site id. */
                site?: number;
                /** @description Room id. */
                room?: number;
                /** @description Row name. */
                row?: string;
                /** @description Customer id. */
                customer?: number;
                /** @description Status. */
                status?: "planned" | "active" | "reserved" | "decommissioned";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": unknown;
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_dcim_racks_import: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CsvReport"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_dcim_racks_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RackDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patch_api_v1_dcim_racks_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    room_id?: number;
                    row?: string;
                    name?: string;
                    status?: string;
                    facility_id?: string;
                    u_height?: number;
                    descending?: boolean;
                    power_a_w?: number;
                    power_b_w?: number;
                    max_weight_kg?: number;
                    customer_id?: number;
                    force?: boolean;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rack"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_dcim_racks_id_elevation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Elevation"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_dcim_racks_id_elevation_svg: {
        parameters: {
            query?: {
                /** @description front (default) or rear. */
                face?: "front" | "rear";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/svg+xml": unknown;
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_dcim_power_feeds: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Only id, name and a few identifying fields. */
                brief?: boolean;
                /** @description Search text. */
                q?: string;
                /** @description One or more of name, side, capacity_w, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description Site id. */
                site?: number;
                /** @description Room id. */
                room?: number;
                /** @description Rack id. */
                rack?: number;
                /** @description Status. */
                status?: "active" | "planned" | "offline";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PowerFeedPage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_dcim_power_feeds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    rack_id?: number;
                    name?: string;
                    side?: string;
                    voltage?: number;
                    amperage?: number;
                    phase?: string;
                    max_utilisation_pct?: number;
                    capacity_w?: number;
                    status?: string;
                    panel?: string;
                    force?: boolean;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PowerFeed"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_dcim_power_feeds_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PowerFeed"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patch_api_v1_dcim_power_feeds_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    rack_id?: number;
                    name?: string;
                    side?: string;
                    voltage?: number;
                    amperage?: number;
                    phase?: string;
                    max_utilisation_pct?: number;
                    capacity_w?: number;
                    status?: string;
                    panel?: string;
                    force?: boolean;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PowerFeed"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_dcim_device_types: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Only id, name and a few identifying fields. */
                brief?: boolean;
                /** @description Search text. */
                q?: string;
                /** @description One or more of manufacturer, model, u_height, max_power_w, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description Manufacturer, exactly. */
                manufacturer?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeviceTypePage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_dcim_device_types: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    manufacturer?: string;
                    model?: string;
                    slug?: string;
                    part_number?: string;
                    u_height?: number;
                    full_depth?: boolean;
                    typical_power_w?: number;
                    max_power_w?: number;
                    weight_kg?: number;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeviceType"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_dcim_device_types_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeviceType"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patch_api_v1_dcim_device_types_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    manufacturer?: string;
                    model?: string;
                    slug?: string;
                    part_number?: string;
                    u_height?: number;
                    full_depth?: boolean;
                    typical_power_w?: number;
                    max_power_w?: number;
                    weight_kg?: number;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeviceType"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_dcim_device_types_import: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    files?: unknown[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReport"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_dcim_devices: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Only id, name and a few identifying fields. */
                brief?: boolean;
                /** @description Search text. */
                q?: string;
                /** @description One or more of name, status, role, serial, asset_tag, position, rack, model, created_at, updated_at, placement, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description Site id. */
                site?: number;
                /** @description Room id. */
                room?: number;
                /** @description Row name. */
                row?: string;
                /** @description Rack id. */
                rack?: number;
                /** @description Customer id. */
                customer?: number;
                /** @description Status. */
                status?: "planned" | "installed" | "active" | "maintenance" | "decommissioned";
                /** @description Device role. */
                role?: "server" | "switch" | "router" | "firewall" | "pdu" | "storage" | "other";
                /** @description Device type id. */
                type?: number;
                /** @description Manufacturer, exactly. */
                manufacturer?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DevicePage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_dcim_devices: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    device_type_id?: number;
                    name?: string;
                    serial?: string;
                    asset_tag?: string;
                    role?: string;
                    status?: string;
                    customer_id?: number;
                    rack_id?: number;
                    site_id?: number;
                    position?: number;
                    face?: string;
                    redundant_power?: boolean;
                    feed?: string;
                    mgmt_address?: string;
                    config_notes?: string;
                    force?: boolean;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Device"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patch_api_v1_dcim_devices: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ids: number[];
                    status?: string;
                    role?: string;
                    customer_id?: number;
                    rack_id?: number;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkReport"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_dcim_devices_csv: {
        parameters: {
            query?: {
                /** @description Search text. */
                q?: string;
                /** @description One or more of name, status, role, serial, asset_tag, position, rack, model, created_at, updated_at, placement, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description Site id. */
                site?: number;
                /** @description Room id. */
                room?: number;
                /** @description Row name. */
                row?: string;
                /** @description Rack id. */
                rack?: number;
                /** @description Customer id. */
                customer?: number;
                /** @description Status. */
                status?: "planned" | "installed" | "active" | "maintenance" | "decommissioned";
                /** @description Device role. */
                role?: "server" | "switch" | "router" | "firewall" | "pdu" | "storage" | "other";
                /** @description Device type id. */
                type?: number;
                /** @description Manufacturer, exactly. */
                manufacturer?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": unknown;
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_dcim_devices_import: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CsvReport"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_dcim_devices_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Device"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patch_api_v1_dcim_devices_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    device_type_id?: number;
                    name?: string;
                    serial?: string;
                    asset_tag?: string;
                    role?: string;
                    status?: string;
                    customer_id?: number;
                    rack_id?: number;
                    site_id?: number;
                    position?: number;
                    face?: string;
                    redundant_power?: boolean;
                    feed?: string;
                    mgmt_address?: string;
                    config_notes?: string;
                    force?: boolean;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Device"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_dcim_devices_id_maintenance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    performed_on?: string;
                    performed_by?: string;
                    summary?: string;
                    next_due?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Maintenance"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_dcim_reservations: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Only id, name and a few identifying fields. */
                brief?: boolean;
                /** @description Search text. */
                q?: string;
                /** @description One or more of expires_at, created_at, rack, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description Site id. */
                site?: number;
                /** @description Room id. */
                room?: number;
                /** @description Rack id. */
                rack?: number;
                /** @description Customer id. */
                customer?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReservationPage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_dcim_reservations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    rack_id?: number;
                    customer_id?: number;
                    position?: number;
                    units?: number;
                    expires_at?: string;
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reservation"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    delete_api_v1_dcim_reservations_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_dcim_interfaces: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Only id, name and a few identifying fields. */
                brief?: boolean;
                /** @description Search text. */
                q?: string;
                /** @description One or more of name, device, type, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description Site id. */
                site?: number;
                /** @description Room id. */
                room?: number;
                /** @description Rack id. */
                rack?: number;
                /** @description Customer id. */
                customer?: number;
                /** @description Device id. */
                device?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterfacePage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_dcim_interfaces_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Interface"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patch_api_v1_dcim_interfaces_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    enabled?: boolean;
                    speed_mbps?: number;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Interface"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_dcim_utilisation: {
        parameters: {
            query?: {
                /** @description site, room, row or rack. */
                scope?: "site" | "room" | "row" | "rack";
                /** @description Site id. */
                site?: number;
                /** @description Room id. */
                room?: number;
                /** @description Row name (with room). */
                row?: string;
                /** @description Rack id. */
                rack?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Utilisation"][];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_ipam_vlans: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Only id, name and a few identifying fields. */
                brief?: boolean;
                /** @description Search text. */
                q?: string;
                /** @description One or more of vid, name, site, status, created_at, created, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description Site id, or null for global VLANs */
                site?: string;
                /** @description Customer id */
                customer?: number;
                /** @description VLAN status */
                status?: "active" | "reserved" | "deprecated";
                /** @description 802.1Q VLAN id */
                vid?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VlanPage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_ipam_vlans: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    vid: number;
                    name: string;
                    site?: number | null;
                    /** @enum {unknown} */
                    status?: "active" | "reserved" | "deprecated";
                    customer?: number | null;
                    description?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Vlan"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_ipam_vlans_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Vlan"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    delete_api_v1_ipam_vlans_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patch_api_v1_ipam_vlans_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    vid: number;
                    name: string;
                    site?: number | null;
                    /** @enum {unknown} */
                    status?: "active" | "reserved" | "deprecated";
                    customer?: number | null;
                    description?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Vlan"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_ipam_interfaces_interface_id_vlans: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                interface_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterfaceVlans"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    put_api_v1_ipam_interfaces_interface_id_vlans: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                interface_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    mode?: "access" | "tagged" | "tagged-all" | null;
                    untagged_vlan?: number | null;
                    tagged_vlans?: number[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterfaceVlans"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_dcim_cables: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Only id, name and a few identifying fields. */
                brief?: boolean;
                /** @description Search text. */
                q?: string;
                /** @description One or more of id, label, type, status, created_at, created, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description Device id (either end) */
                device?: number;
                /** @description Interface id (either end) */
                interface?: number;
                /** @description Cable type */
                type?: "cat6" | "cat6a" | "mmf-om4" | "smf-os2" | "dac" | "power";
                /** @description Cable status */
                status?: "planned" | "connected" | "decommissioned";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CablePage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_dcim_cables: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    a_interface: number;
                    b_interface: number;
                    /** @enum {unknown} */
                    type: "cat6" | "cat6a" | "mmf-om4" | "smf-os2" | "dac" | "power";
                    /** @enum {unknown} */
                    status?: "planned" | "connected" | "decommissioned";
                    label?: string;
                    length_m?: number | null;
                    colour?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cable"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_dcim_cables_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cable"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    delete_api_v1_dcim_cables_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patch_api_v1_dcim_cables_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    a_interface: number;
                    b_interface: number;
                    /** @enum {unknown} */
                    type: "cat6" | "cat6a" | "mmf-om4" | "smf-os2" | "dac" | "power";
                    /** @enum {unknown} */
                    status?: "planned" | "connected" | "decommissioned";
                    label?: string;
                    length_m?: number | null;
                    colour?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cable"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_ipam_prefixes: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Only id, name and a few identifying fields. */
                brief?: boolean;
                /** @description Search text. */
                q?: string;
                /** @description One or more of prefix, status, site, vlan, length, created_at, created, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description Site id */
                site?: number;
                /** @description VLAN id */
                vlan?: number;
                /** @description Customer id */
                customer?: number;
                /** @description Prefix status */
                status?: "container" | "active" | "reserved" | "deprecated";
                /** @description 4 or 6 */
                family?: number;
                /** @description CIDR: prefixes strictly inside it */
                within?: string;
                /** @description Address or CIDR: prefixes containing it */
                contains?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrefixPage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_ipam_prefixes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @example 203.0.113.0/24 */
                    prefix: string;
                    site?: number | null;
                    vlan?: number | null;
                    customer?: number | null;
                    /** @enum {unknown} */
                    status?: "container" | "active" | "reserved" | "deprecated";
                    is_pool?: boolean;
                    description?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Prefix"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_ipam_prefixes_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Prefix"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    delete_api_v1_ipam_prefixes_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patch_api_v1_ipam_prefixes_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @example 203.0.113.0/24 */
                    prefix: string;
                    site?: number | null;
                    vlan?: number | null;
                    customer?: number | null;
                    /** @enum {unknown} */
                    status?: "container" | "active" | "reserved" | "deprecated";
                    is_pool?: boolean;
                    description?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Prefix"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_ipam_prefixes_id_available_ips: {
        parameters: {
            query?: {
                /** @description How many (default 10, at most 256) */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FreeAddress"][];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_ipam_prefixes_id_available_ips: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    count?: number;
                    customer?: number | null;
                    /** @enum {unknown} */
                    status?: "active" | "reserved" | "deprecated" | "dhcp";
                    role?: string | null;
                    dns_name?: string;
                    description?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IpAddress"][];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_ipam_utilisation: {
        parameters: {
            query?: {
                /** @description Site id */
                site?: number;
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteAddressUtilisationPage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_ipam_ip_addresses: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Only id, name and a few identifying fields. */
                brief?: boolean;
                /** @description Search text. */
                q?: string;
                /** @description One or more of address, status, dns_name, created_at, created, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description Site id: addresses inside the site's prefixes */
                site?: number;
                /** @description VLAN id: addresses inside the VLAN's prefixes */
                vlan?: number;
                /** @description Customer id */
                customer?: number;
                /** @description Interface id */
                interface?: number;
                /** @description Prefix id: addresses inside it */
                prefix?: number;
                /** @description Address status */
                status?: "active" | "reserved" | "deprecated" | "dhcp";
                /** @description Address role */
                role?: "loopback" | "secondary" | "anycast" | "vip" | "vrrp" | "hsrp" | "glbp" | "carp";
                /** @description 4 or 6 */
                family?: number;
                /** @description CIDR: addresses inside it */
                within?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IpAddressPage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_ipam_ip_addresses: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @example 203.0.113.10/24 */
                    address: string;
                    prefix?: number;
                    /** @enum {unknown} */
                    status?: "active" | "reserved" | "deprecated" | "dhcp";
                    role?: string | null;
                    customer?: number | null;
                    interface?: number | null;
                    dns_name?: string;
                    description?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IpAddress"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_ipam_ip_addresses_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IpAddress"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    delete_api_v1_ipam_ip_addresses_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patch_api_v1_ipam_ip_addresses_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @example 203.0.113.10/24 */
                    address: string;
                    prefix?: number;
                    /** @enum {unknown} */
                    status?: "active" | "reserved" | "deprecated" | "dhcp";
                    role?: string | null;
                    customer?: number | null;
                    interface?: number | null;
                    dns_name?: string;
                    description?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IpAddress"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_notifications: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Part of the title or body (default order: newest first). */
                q?: string;
                /** @description One or more of id, created_at, topic, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description Only unread ones. */
                unread?: boolean;
                /** @description Topic. */
                topic?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_notifications_unread_count: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreadCount"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_notifications_id_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notification"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_deliveries: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Part of the target, topic, reply or error. */
                q?: string;
                /** @description One or more of id, attempted_at, status, channel, topic, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description Channel. */
                channel?: "email" | "webhook";
                /** @description Outcome of the attempt. */
                status?: "delivered" | "failed" | "not_configured";
                /** @description The event's topic. */
                topic?: string;
                /** @description The notification e-mailed. */
                notification_id?: number;
                /** @description The outbox entry. */
                outbox_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryPage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_deliveries_id_retry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutboxEntry"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_notifications_id_email: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailStatus"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_webhooks: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Part of the name, URL or topics (default order: oldest first). */
                q?: string;
                /** @description One or more of id, name, created_at, comma-separated; prefix - for descending. */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookPage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_webhooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    url?: string;
                    topics?: string[];
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWebhook"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_webhooks_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    delete_api_v1_webhooks_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patch_api_v1_webhooks_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    url?: string;
                    topics?: string[];
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_me_notification_settings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationSettings"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    put_api_v1_me_notification_settings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email?: string;
                    email_enabled?: boolean;
                    language?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationSettings"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_applications: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Only id, name and a few identifying fields. */
                brief?: boolean;
                /** @description Part of the number or customer name. */
                q?: string;
                /** @description One or more of id, number, created_at, updated_at, status, customer, start_date, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description Application status. */
                status?: "draft" | "business_review" | "technical_review" | "management_review" | "approved" | "contracted" | "returned" | "rejected" | "withdrawn";
                /** @description Customer id. */
                customer?: number;
                /** @description Created by the caller. */
                mine?: boolean;
                /** @description me: the caller's department's reviews. */
                pending_for?: "me";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationPage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_applications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    customer_id?: number;
                    devices?: {
                        device_type_id?: number;
                        label?: string;
                        u_height?: number;
                        power_w?: number;
                        weight_kg?: number;
                        full_depth?: boolean;
                        count?: number;
                    }[];
                    site_id?: number | null;
                    room_id?: number | null;
                    /** @enum {unknown} */
                    space?: "units" | "racks";
                    units?: number;
                    racks?: number;
                    power_kw?: number;
                    redundant?: boolean;
                    bandwidth_mbps?: number;
                    ipv4_count?: number;
                    /** Format: date */
                    start_date?: string | null;
                    term_months?: number;
                    extra_services?: ("remote_hands" | "data_backup")[];
                    notes?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_applications_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patch_api_v1_applications_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    customer_id?: number;
                    devices?: {
                        device_type_id?: number;
                        label?: string;
                        u_height?: number;
                        power_w?: number;
                        weight_kg?: number;
                        full_depth?: boolean;
                        count?: number;
                    }[];
                    site_id?: number | null;
                    room_id?: number | null;
                    /** @enum {unknown} */
                    space?: "units" | "racks";
                    units?: number;
                    racks?: number;
                    power_kw?: number;
                    redundant?: boolean;
                    bandwidth_mbps?: number;
                    ipv4_count?: number;
                    /** Format: date */
                    start_date?: string | null;
                    term_months?: number;
                    extra_services?: ("remote_hands" | "data_backup")[];
                    notes?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_applications_id_transitions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    action: "submit" | "approve" | "reject" | "return" | "withdraw";
                    comment?: string;
                    from?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_applications_id_feasibility: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Feasibility"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_applications_id_feasibility_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_billing_catalogue: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Part of the code or a name. */
                q?: string;
                /** @description One or more of code, name, service, updated_at, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description Service. */
                service?: "rack_space" | "whole_rack" | "power" | "bandwidth" | "ip_addresses" | "remote_hands" | "data_backup" | "other";
                /** @description Billing mode. */
                mode?: "recurring" | "one_off" | "usage";
                /** @description Retired and unpriced items too (catalogue.write). */
                all?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueItemPage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_billing_catalogue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name_zh: string;
                    name_en: string;
                    description?: string;
                    /** @description VAT, 600 = 6 % */
                    tax_rate_bp?: number;
                    code: string;
                    /** @enum {unknown} */
                    service: "rack_space" | "whole_rack" | "power" | "bandwidth" | "ip_addresses" | "remote_hands" | "data_backup" | "other";
                    unit?: string;
                    /** @enum {unknown} */
                    mode?: "recurring" | "one_off" | "usage";
                    /** @enum {unknown} */
                    metric?: "bandwidth_p95" | "power_kwh";
                    /** @enum {unknown} */
                    billing_cycle?: "monthly" | "quarterly" | "yearly";
                    price_fen: number;
                    /** Format: date */
                    effective_from?: string;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueItem"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_billing_catalogue_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueItem"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patch_api_v1_billing_catalogue_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name_zh?: string;
                    name_en?: string;
                    description?: string;
                    /** @description VAT, 600 = 6 % */
                    tax_rate_bp?: number;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueItem"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_billing_catalogue_id_versions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    effective_from: string;
                    /** @description fen per unit and cycle */
                    price_fen?: number;
                    /** @description no price from that day */
                    retire?: boolean;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueItem"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_contracts: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Only id, name and a few identifying fields. */
                brief?: boolean;
                /** @description Part of the number or customer name. */
                q?: string;
                /** @description One or more of id, number, status, customer, effective_date, end_date, created_at, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description Contract status. */
                status?: "draft" | "signed" | "active" | "expired" | "terminated";
                /** @description Customer id. */
                customer?: number;
                /** @description Application id. */
                application?: number;
                /** @description Ending within this many days (soonest first). */
                expiring_within_days?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractPage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_contracts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    effective_date?: string;
                    /** Format: date */
                    end_date?: string;
                    term_months?: number;
                    auto_renew?: boolean;
                    notice_days?: number;
                    line_items?: {
                        /** @enum {unknown} */
                        service?: "rack_space" | "whole_rack" | "power" | "bandwidth" | "ip_addresses" | "remote_hands" | "data_backup" | "other";
                        description?: string;
                        quantity?: number;
                        /** @description price in fen */
                        unit_price_fen?: number;
                        /** @enum {unknown} */
                        billing_cycle?: "monthly" | "quarterly" | "yearly";
                        /** @enum {unknown} */
                        mode?: "recurring" | "one_off" | "usage";
                        catalogue_item?: string;
                        unit?: string;
                        /** @description VAT, 600 = 6 % */
                        tax_rate_bp?: number;
                        /** @enum {unknown} */
                        metric?: "bandwidth_p95" | "power_kwh";
                        /** @enum {unknown} */
                        p95_basis?: "in" | "out" | "max" | "sample_max" | "sum";
                        included_quantity?: number;
                    }[];
                    /** @description basis points: 9990 = 99.90 % */
                    sla_availability_bp?: number;
                    sla_response_minutes?: number;
                    /** @description basis points per day */
                    late_fee_bp_per_day?: number;
                    /** @description cap, share of the overdue amount */
                    late_fee_cap_bp?: number;
                    confidentiality_years?: number;
                    application_id?: number;
                    operator_party?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_contracts_id: {
        parameters: {
            query?: {
                /** @description YYYY-MM-DD */
                as_of?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patch_api_v1_contracts_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    effective_date?: string;
                    /** Format: date */
                    end_date?: string;
                    term_months?: number;
                    auto_renew?: boolean;
                    notice_days?: number;
                    line_items?: {
                        /** @enum {unknown} */
                        service?: "rack_space" | "whole_rack" | "power" | "bandwidth" | "ip_addresses" | "remote_hands" | "data_backup" | "other";
                        description?: string;
                        quantity?: number;
                        /** @description price in fen */
                        unit_price_fen?: number;
                        /** @enum {unknown} */
                        billing_cycle?: "monthly" | "quarterly" | "yearly";
                        /** @enum {unknown} */
                        mode?: "recurring" | "one_off" | "usage";
                        catalogue_item?: string;
                        unit?: string;
                        /** @description VAT, 600 = 6 % */
                        tax_rate_bp?: number;
                        /** @enum {unknown} */
                        metric?: "bandwidth_p95" | "power_kwh";
                        /** @enum {unknown} */
                        p95_basis?: "in" | "out" | "max" | "sample_max" | "sum";
                        included_quantity?: number;
                    }[];
                    /** @description basis points: 9990 = 99.90 % */
                    sla_availability_bp?: number;
                    sla_response_minutes?: number;
                    /** @description basis points per day */
                    late_fee_bp_per_day?: number;
                    /** @description cap, share of the overdue amount */
                    late_fee_cap_bp?: number;
                    confidentiality_years?: number;
                    application_id?: number;
                    operator_party?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_contracts_id_sign: {
        parameters: {
            query?: {
                /** @description who signed for the customer */
                customer_signatory?: string;
                /** @description YYYY-MM-DD, default today */
                signed_on?: string;
                /** @description the scan's file name as uploaded, shown with it */
                file_name?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/pdf": string;
                "image/jpeg": string;
                "image/png": string;
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_contracts_id_scan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": unknown;
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_contracts_id_activate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_contracts_id_terminate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    initiated_by: "operator" | "customer";
                    reason: string;
                    /** Format: date */
                    date: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patch_api_v1_contracts_id_settlement_item_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                item_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    done: boolean;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_contracts_id_termination_requests: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TerminationRequest"][];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_contracts_id_termination_requests: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                    /** Format: date */
                    desired_date: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TerminationRequest"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_contracts_id_termination_requests_request_id_decision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                request_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    action: "accept" | "decline";
                    comment?: string;
                    /** Format: date */
                    date?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_contracts_id_amendments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Amendment"][];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_contracts_id_amendments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    effective_date: string;
                    summary: string;
                    rights_duties?: string;
                    changes: {
                        confidentiality_years?: number;
                        /** Format: date */
                        end_date?: string;
                        term_months?: number;
                        auto_renew?: boolean;
                        notice_days?: number;
                        line_items?: {
                            /** @enum {unknown} */
                            service?: "rack_space" | "whole_rack" | "power" | "bandwidth" | "ip_addresses" | "remote_hands" | "data_backup" | "other";
                            description?: string;
                            quantity?: number;
                            /** @description price in fen */
                            unit_price_fen?: number;
                            /** @enum {unknown} */
                            billing_cycle?: "monthly" | "quarterly" | "yearly";
                            /** @enum {unknown} */
                            mode?: "recurring" | "one_off" | "usage";
                            catalogue_item?: string;
                            unit?: string;
                            /** @description VAT, 600 = 6 % */
                            tax_rate_bp?: number;
                            /** @enum {unknown} */
                            metric?: "bandwidth_p95" | "power_kwh";
                            /** @enum {unknown} */
                            p95_basis?: "in" | "out" | "max" | "sample_max" | "sum";
                            included_quantity?: number;
                        }[];
                        /** @description basis points: 9990 = 99.90 % */
                        sla_availability_bp?: number;
                        sla_response_minutes?: number;
                        /** @description basis points per day */
                        late_fee_bp_per_day?: number;
                        /** @description cap, share of the overdue amount */
                        late_fee_cap_bp?: number;
                    };
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Amendment"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_contracts_id_amendments_amendment_id_transitions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                amendment_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    action: "agree" | "reject" | "withdraw";
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Amendment"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_billing_price_changes: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Part of the contract number, customer name or summary. */
                q?: string;
                /** @description One or more of effective_date, earliest_date, notified_at, contract, customer, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description Change agreement status (default: pending). */
                status?: "proposed_by_operator" | "proposed_by_customer" | "agreed" | "effective" | "rejected" | "withdrawn" | "lapsed";
                /** @description Customer id. */
                customer?: number;
                /** @description Contract id. */
                contract?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriceChangePage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_billing_payments: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Part of the bank reference, payer, customer or note. */
                q?: string;
                /** @description One or more of received_on, amount, customer, status, created_at, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description Customer id. */
                customer?: number;
                /** @description Payment status. */
                status?: "received" | "reversed";
                /** @description How it was paid. */
                method?: "bank_transfer" | "cash" | "cheque" | "other";
                /** @description Received on or after (YYYY-MM-DD). */
                from?: string;
                /** @description Received on or before (YYYY-MM-DD). */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentPage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_billing_payments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    customer_id: number;
                    /** @description Whole fen, above zero. */
                    amount_fen: number;
                    /** Format: date */
                    received_on: string;
                    /** @enum {unknown} */
                    method?: "bank_transfer" | "cash" | "cheque" | "other";
                    bank_reference?: string;
                    payer_name?: string;
                    note?: string;
                    /** @description Chosen invoices and amounts; absent: oldest open invoice first. */
                    allocations?: {
                        invoice_id: number;
                        amount_fen: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_billing_payments_preview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    customer_id: number;
                    /** @description Whole fen, above zero. */
                    amount_fen: number;
                    /** Format: date */
                    received_on: string;
                    /** @enum {unknown} */
                    method?: "bank_transfer" | "cash" | "cheque" | "other";
                    bank_reference?: string;
                    payer_name?: string;
                    note?: string;
                    /** @description Chosen invoices and amounts; absent: oldest open invoice first. */
                    allocations?: {
                        invoice_id: number;
                        amount_fen: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationPreview"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_billing_payments_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_billing_payments_id_reverse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_billing_customers_id_balance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerBalance"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_billing_customers_id_apply_credit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    invoice_id?: number;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentAllocation"][];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_billing_customers_id_statement: {
        parameters: {
            query?: {
                /** @description First day (YYYY-MM-DD). */
                from?: string;
                /** @description Last day (YYYY-MM-DD). */
                to?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Statement"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_billing_refunds: {
        parameters: {
            query?: {
                /** @description Customer id. */
                customer?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refund"][];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_billing_refunds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    customer_id: number;
                    amount_fen: number;
                    /** Format: date */
                    refunded_on: string;
                    reference: string;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refund"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_billing_deposits: {
        parameters: {
            query?: {
                /** @description Customer id. */
                customer?: number;
                /** @description Contract id. */
                contract?: number;
                /** @description Deposit state. */
                status?: "held" | "released" | "offset";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deposit"][];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_billing_deposits: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    contract_id: number;
                    amount_fen: number;
                    /** Format: date */
                    received_on: string;
                    payment_id?: number;
                    reference?: string;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deposit"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_billing_deposits_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deposit"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_billing_deposits_id_settle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    action: "release" | "offset";
                    reference?: string;
                    note?: string;
                    /** Format: date */
                    settled_on?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deposit"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_billing_ageing: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Part of the customer's name. */
                q?: string;
                /** @description One or more of customer, total, current, d1_30, d31_60, d61_90, d90_plus, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description The day the report is for (YYYY-MM-DD; default today); for a past day, what was owed at its end (payments allocated and credit notes issued by then). */
                as_of?: string;
                /** @description Customer id. */
                customer?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgeingRowPage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_billing_ageing_summary: {
        parameters: {
            query?: {
                /** @description The day the report is for (YYYY-MM-DD; default today). */
                as_of?: string;
                /** @description Customer id. */
                customer?: number;
                /** @description Part of the customer's name. */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgeingSummary"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_search: {
        parameters: {
            query?: {
                /** @description A literal part of a name, serial, asset tag, number or address */
                q?: string;
                /** @description Matches per kind (1-20, default 5) */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchAnswer"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_servicedesk_maintenance: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Part of the number or title. */
                q?: string;
                /** @description One or more of starts_at, number, created_at, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description Status. */
                status?: "scheduled" | "cancelled" | "completed";
                /** @description Only windows that have not ended. */
                upcoming?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServicedeskMaintenancePage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_servicedesk_maintenance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    description?: string;
                    /** Format: date-time */
                    starts_at: string;
                    /** Format: date-time */
                    ends_at: string;
                    emergency?: boolean;
                    emergency_reason?: string;
                    objects: {
                        /** @enum {unknown} */
                        kind: "device" | "rack";
                        id: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServicedeskMaintenance"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_servicedesk_maintenance_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServicedeskMaintenance"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_servicedesk_maintenance_id_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServicedeskMaintenance"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_servicedesk_tickets: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Part of the number or title. */
                q?: string;
                /** @description One or more of number, created_at, updated_at, priority, status, resolution_due_at, response_due_at, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description Status. */
                status?: "new" | "assigned" | "in_progress" | "waiting_for_customer" | "resolved" | "closed";
                /** @description Type. */
                type?: "incident" | "service_request" | "complaint" | "consultation" | "compensation";
                /** @description Priority. */
                priority?: "P1" | "P2" | "P3" | "P4";
                /** @description Group. */
                group?: "operations" | "technical" | "business" | "finance";
                /** @description Assignee. */
                assignee_id?: number;
                /** @description Customer. */
                customer_id?: number;
                /** @description Only tickets that missed a target (or none). */
                breached?: boolean;
                /** @description Only tickets not resolved or closed. */
                open?: boolean;
                /** @description Resolution due before this instant. */
                due_before?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServicedeskTicketPage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_servicedesk_tickets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    type: "incident" | "service_request" | "complaint" | "consultation" | "compensation";
                    /** @enum {unknown} */
                    category?: "remote_hands" | "cabling" | "equipment_in" | "equipment_out" | "reboot" | "installation";
                    customer_id?: number;
                    contract_id?: number;
                    title: string;
                    description?: string;
                    impact?: number;
                    urgency?: number;
                    /** @enum {unknown} */
                    group?: "operations" | "technical" | "business" | "finance";
                    objects?: {
                        /** @enum {unknown} */
                        kind: "device" | "rack";
                        id: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServicedeskDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_servicedesk_tickets_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServicedeskDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patch_api_v1_servicedesk_tickets_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    impact: number;
                    urgency: number;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServicedeskDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_servicedesk_tickets_id_comments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                    internal?: boolean;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServicedeskDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_servicedesk_tickets_id_actions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    action: "assign" | "start" | "wait" | "customer_reply" | "resolve" | "close" | "reopen";
                    /** @enum {unknown} */
                    group?: "operations" | "technical" | "business" | "finance";
                    assignee_id?: number;
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServicedeskDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_servicedesk_tickets_id_answers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServicedeskDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_servicedesk_tickets_id_verdict: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    accepted: boolean;
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServicedeskDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_servicedesk_tickets_id_rating: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    score: number;
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServicedeskDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_servicedesk_tickets_id_attachments: {
        parameters: {
            query?: {
                /** @description the file's name as uploaded */
                file_name?: string;
                /** @description staff only: hidden from the customer */
                internal?: boolean;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/pdf": string;
                "image/jpeg": string;
                "image/png": string;
                "text/plain": string;
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServicedeskDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_servicedesk_tickets_id_attachments_attachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                attachment: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": unknown;
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_servicedesk_email_replies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ticket: string;
                    body: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServicedeskDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_servicedesk_calendar: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        days: {
                            day: string;
                            /** @enum {unknown} */
                            kind: "holiday" | "workday";
                        }[];
                    };
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    put_api_v1_servicedesk_calendar_year: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    days: {
                        /** Format: date */
                        day: string;
                        /** @enum {unknown} */
                        kind: "holiday" | "workday";
                        name?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_servicedesk_contracts_id_targets: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        calendar: "7x24" | "working_hours";
                        response: {
                            p1: number;
                            p2: number;
                            p3: number;
                            p4: number;
                        };
                        resolution: {
                            p1: number;
                            p2: number;
                            p3: number;
                            p4: number;
                        };
                    };
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    put_api_v1_servicedesk_contracts_id_targets: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    calendar: "7x24" | "working_hours";
                    response: {
                        p1: number;
                        p2: number;
                        p3: number;
                        p4: number;
                    };
                    resolution: {
                        p1: number;
                        p2: number;
                        p3: number;
                        p4: number;
                    };
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        calendar: "7x24" | "working_hours";
                        response: {
                            p1: number;
                            p2: number;
                            p3: number;
                            p4: number;
                        };
                        resolution: {
                            p1: number;
                            p2: number;
                            p3: number;
                            p4: number;
                        };
                    };
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_servicedesk_levels_indicators: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaIndicators"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_servicedesk_levels_credits: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaCredits"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_servicedesk_levels_credits_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaCredit"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_servicedesk_levels_credits_id_review: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amount_fen?: number;
                    reason?: string;
                    row_version?: number;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaCredit"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_servicedesk_levels_month_end: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    month: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaMonthEnd"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_servicedesk_contracts_id_credit_table: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaCreditTable"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    put_api_v1_servicedesk_contracts_id_credit_table: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    steps: {
                        below_bp: number;
                        credit_bp: number;
                    }[];
                    cap_bp: number;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaCreditTable"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_servicedesk_levels_outages: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaOutages"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_servicedesk_levels_outages: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    customer_id: number;
                    contract_id?: number;
                    service?: string;
                    /** Format: date-time */
                    started_at: string;
                    /** Format: date-time */
                    ended_at: string;
                    cause?: string;
                    announced_maintenance?: boolean;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaOutage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_servicedesk_levels_outages_import: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    customer_id: number;
                    month: string;
                    outages: unknown[];
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaOutageImport"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_servicedesk_levels_claims: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompensationClaims"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_servicedesk_levels_claims: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    contract_id: number;
                    ticket_id?: number;
                    description: string;
                    evidence?: string;
                    claimed_fen: number;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompensationClaim"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_servicedesk_levels_claims_id_decision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    action: "assess" | "agree" | "reject";
                    assessment?: string;
                    amount_fen?: number;
                    row_version?: number;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompensationClaim"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_servicedesk_levels_actions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImprovementActions"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_servicedesk_levels_actions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    description?: string;
                    owner_id?: number;
                    owner_name: string;
                    /** Format: date */
                    due_date: string;
                    ticket_ids?: unknown[];
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImprovementAction"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_servicedesk_levels_actions_id_steps: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    action: "start" | "verify" | "reject" | "close";
                    verification?: string;
                    row_version?: number;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImprovementAction"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_servicedesk_levels_reports_id: {
        parameters: {
            query?: {
                /** @description The month, YYYY-MM (default: the current one). */
                month?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceQualityReport"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_servicedesk_levels_reports_id_pdf: {
        parameters: {
            query?: {
                /** @description The month, YYYY-MM (default: the current one). */
                month?: string;
                /** @description zh-CN or en-US (default: Accept-Language) */
                lang?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": unknown;
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_servicedesk_levels_report: {
        parameters: {
            query?: {
                /** @description The month, YYYY-MM (default: the current one). */
                month?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceQualityReport"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_servicedesk_levels_report_customers: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Part of the customer's name. */
                q?: string;
                /** @description One or more of customer, tickets, complaints, credit, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description The month, YYYY-MM (default: the current one). */
                month?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaCustomerQualityPage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_servicedesk_levels_report_pdf: {
        parameters: {
            query?: {
                /** @description The month, YYYY-MM (default: the current one). */
                month?: string;
                /** @description zh-CN or en-US (default: Accept-Language) */
                lang?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": unknown;
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_usage_meters: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Only id, name and a few identifying fields. */
                brief?: boolean;
                /** @description Part of the name, contract number or note. */
                q?: string;
                /** @description One or more of name, kind, status, contract, created_at, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description bandwidth or power. */
                kind?: "bandwidth" | "power";
                /** @description Meter status. */
                status?: "active" | "retired";
                /** @description Customer id. */
                customer?: number;
                /** @description Contract id. */
                contract?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageMeterPage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_usage_meters: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    customer_id?: number;
                    contract_id?: number | null;
                    /** @enum {unknown} */
                    kind?: "bandwidth" | "power";
                    name?: string;
                    device_id?: number | null;
                    interface_id?: number | null;
                    speed_mbps?: number | null;
                    note?: string;
                    /** @enum {unknown} */
                    status?: "active" | "retired";
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageMeter"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_usage_meters_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageMeter"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    delete_api_v1_usage_meters_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patch_api_v1_usage_meters_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    customer_id?: number;
                    contract_id?: number | null;
                    /** @enum {unknown} */
                    kind?: "bandwidth" | "power";
                    name?: string;
                    device_id?: number | null;
                    interface_id?: number | null;
                    speed_mbps?: number | null;
                    note?: string;
                    /** @enum {unknown} */
                    status?: "active" | "retired";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageMeter"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_usage_meters_id_samples: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    counter_width?: 32 | 64;
                    samples: {
                        t: string;
                        in_bps?: number;
                        out_bps?: number;
                        in_octets?: number;
                        out_octets?: number;
                        wh?: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageWriteReport"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_usage_import: {
        parameters: {
            query?: {
                /** @description Write nothing when any line is bad. */
                all_or_nothing?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageImportReport"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_usage_meters_id_series: {
        parameters: {
            query?: {
                /** @description Start: a time (ISO 8601) or a business date. */
                from?: string;
                /** @description End (exclusive): a time or a business date. */
                to?: string;
                /** @description Point spacing; auto picks by the range. */
                step?: "auto" | "5m" | "1h" | "1d";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageSeries"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_usage_contracts_id_summary: {
        parameters: {
            query?: {
                /** @description First business day (YYYY-MM-DD). */
                from?: string;
                /** @description Last business day (YYYY-MM-DD), inclusive. */
                to?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageSummary"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_billing_invoices: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Part of the number, customer name or contract number. */
                q?: string;
                /** @description One or more of id, number, issue_date, due_date, total, outstanding, customer, status, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description Customer id. */
                customer?: number;
                /** @description Contract id. */
                contract?: number;
                /** @description Invoice status. */
                status?: "issued" | "partially_paid" | "paid" | "void" | "credited";
                /** @description invoice or credit_note. */
                kind?: "invoice" | "credit_note";
                /** @description Something left to pay after the due date. */
                overdue?: boolean;
                /** @description Issued on or after, YYYY-MM-DD. */
                issued_from?: string;
                /** @description Issued on or before, YYYY-MM-DD. */
                issued_to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoicePage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_billing_invoices_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patch_api_v1_billing_invoices_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_billing_invoices_id_credit_notes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                    /** @description including tax, spread from the last line */
                    amount_fen?: number;
                    lines?: {
                        line_id: number;
                        /** @description before tax */
                        amount_fen: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_billing_invoices_id_fapiao: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    fapiao_number: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_billing_runs: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Part of the day, status or origin. */
                q?: string;
                /** @description One or more of id, run_date, status, started_at, comma-separated; prefix - for descending. */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillingRunPage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_billing_runs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    date: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillingRun"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_billing_runs_preview: {
        parameters: {
            query?: {
                /** @description YYYY-MM-DD */
                date?: string;
                /** @description Contracts listed, 1 to 1000 (default 200); count and total cover all. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillingPreview"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_billing_runs_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillingRun"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_customers_id_billing_profile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillingProfile"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    put_api_v1_customers_id_billing_profile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @description 统一社会信用代码 */
                    taxpayer_id: string;
                    address?: string;
                    phone?: string;
                    bank_name?: string;
                    bank_account?: string;
                    invoice_email?: string;
                    /** @enum {unknown} */
                    fapiao_type: "special" | "normal";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillingProfile"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_billing_customers_id_statement_pdf: {
        parameters: {
            query?: {
                /** @description The month (YYYY-MM); default: the current month so far. */
                month?: string;
                /** @description zh-CN or en-US (default: Accept-Language) */
                lang?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": unknown;
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_billing_invoices_id_pdf: {
        parameters: {
            query?: {
                /** @description zh-CN or en-US (default: Accept-Language) */
                lang?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": unknown;
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_monitoring_samples: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    samples: {
                        metric: string;
                        labels?: Record<string, never>;
                        t?: number;
                        value: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TsdbAppendReport"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_monitoring_samples_import: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TsdbAppendReport"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_monitoring_series: {
        parameters: {
            query?: {
                /** @description Selector: metric{name="value",...} or {name="value"}. */
                match?: string;
                /** @description At most this many (1-1000, default 100). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TsdbSeriesPage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_monitoring_query_range: {
        parameters: {
            query?: {
                /** @description Series id (from /monitoring/series). */
                series?: number;
                /** @description Start: ISO-8601 instant or Unix ms (default: an hour ago). */
                from?: string;
                /** @description End, inclusive (default: now). */
                to?: string;
                /** @description Seconds per point; 0 for raw samples. */
                step?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TsdbRange"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_monitoring_promql: {
        parameters: {
            query?: {
                /** @description PromQL expression. */
                query?: string;
                /** @description Instant query time (RFC 3339 or Unix seconds). */
                time?: string;
                /** @description Range start. */
                start?: string;
                /** @description Range end. */
                end?: string;
                /** @description Range step (e.g. 60s). */
                step?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TsdbPromql"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_billing_penalties: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Search text. */
                q?: string;
                /** @description One or more of invoice, due_date, customer, accrued, updated_at, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description Customer id. */
                customer?: number;
                /** @description Contract id. */
                contract?: number;
                /** @description Only those with something left to waive. */
                waivable?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PenaltyPage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_billing_invoices_id_penalties: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PenaltyDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_billing_invoices_id_penalties_waive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amount_fen: number;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PenaltyDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_billing_invoices_id_penalties_pause: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    paused: boolean;
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PenaltyDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_billing_reminders: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Search text. */
                q?: string;
                /** @description One or more of sent_at, invoice, due_date, offset_days, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description Customer id. */
                customer?: number;
                /** @description Invoice id. */
                invoice?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReminderPage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_billing_suspensions: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Search text. */
                q?: string;
                /** @description One or more of id, status, contract, customer, created_at, updated_at, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description Customer id. */
                customer?: number;
                /** @description Contract id. */
                contract?: number;
                /** @description proposed, active, lift_proposed, lifted, rejected, withdrawn. */
                status?: string;
                /** @description non_payment, abuse or overuse. */
                reason?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuspensionPage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_billing_suspensions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    contract_id: number;
                    /** @enum {unknown} */
                    reason: "non_payment" | "abuse" | "overuse";
                    evidence?: string;
                    stop_power?: boolean;
                    stop_ports?: boolean;
                    stop_access?: boolean;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuspensionDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_billing_suspensions_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuspensionDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_billing_suspensions_id_transitions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    action: "approve" | "reject" | "withdraw" | "propose_lift" | "approve_lift" | "reject_lift";
                    comment?: string;
                    stop_power?: boolean;
                    stop_ports?: boolean;
                    stop_access?: boolean;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuspensionDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_billing_contracts_id_standing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractStanding"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_monitoring_devices: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Part of the device name or sysName. */
                q?: string;
                /** @description One or more of device_name, snmp_version, discovered_at, updated_at, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description SNMP version. */
                snmp_version?: "none" | "v2c" | "v3";
                /** @description Customer id. */
                customer?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonitoredDevicePage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_monitoring_devices_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonitoredDevice"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    put_api_v1_monitoring_devices_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    snmp_version?: "none" | "v2c" | "v3";
                    snmp_port?: number;
                    ping_interval_s?: number;
                    snmp_interval_s?: number;
                    enabled?: boolean;
                    /** @description v2c: community; v3 (authPriv, SHA/AES-128): user, auth_pass, priv_pass. Never answered back. */
                    snmp?: {
                        community?: string;
                        user?: string;
                        auth_pass?: string;
                        priv_pass?: string;
                    };
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonitoredDevice"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    delete_api_v1_monitoring_devices_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_monitoring_devices_id_checks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    kind: "tcp" | "http";
                    port?: number;
                    url?: string;
                    interval_s?: number;
                    timeout_ms?: number;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonitoringCheck"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    delete_api_v1_monitoring_checks_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_monitoring_alerts: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Part of the rule, the metric or a label. */
                q?: string;
                /** @description One or more of fired_at, severity, state, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description State; open is firing or acknowledged. */
                state?: "firing" | "acknowledged" | "resolved" | "open";
                /** @description Severity. */
                severity?: "info" | "warning" | "critical";
                /** @description Customer id. */
                customer?: number;
                /** @description Device id. */
                device?: number;
                /** @description Rack id. */
                rack?: number;
                /** @description Room id. */
                room?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertPage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_monitoring_alerts_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_monitoring_alerts_id_acknowledge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_monitoring_alerts_id_resolve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_monitoring_availability: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeviceAvailabilityList"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_monitoring_advice: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdviceList"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_monitoring_maintenance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaintenanceWindowList"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_monitoring_maintenance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    scope: "device" | "rack" | "room";
                    scope_id: number;
                    /** Format: date-time */
                    starts_at: string;
                    /** Format: date-time */
                    ends_at: string;
                    title: string;
                    emergency?: boolean;
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaintenanceWindow"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_monitoring_maintenance_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaintenanceWindow"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    put_api_v1_monitoring_maintenance_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    scope: "device" | "rack" | "room";
                    scope_id: number;
                    /** Format: date-time */
                    starts_at: string;
                    /** Format: date-time */
                    ends_at: string;
                    title: string;
                    emergency?: boolean;
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaintenanceWindow"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_monitoring_maintenance_id_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_facility_people: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Part of the name or company. */
                q?: string;
                /** @description One or more of name, company, valid_to, status, created_at, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description Approval status. */
                status?: "pending" | "approved" | "rejected";
                /** @description Customer id. */
                customer?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthorisedPersonPage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_facility_people: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    customer_id?: number;
                    name: string;
                    /** @enum {unknown} */
                    id_type: "resident_id" | "passport" | "hk_macao_permit" | "taiwan_permit" | "other";
                    id_number: string;
                    phone: string;
                    company?: string;
                    rooms?: number[];
                    racks?: number[];
                    /** Format: date */
                    valid_from: string;
                    /** Format: date */
                    valid_to: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthorisedPerson"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_facility_people_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthorisedPerson"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_facility_people_id_decision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    approve: boolean;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthorisedPerson"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_facility_people_id_identity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonIdentity"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_facility_visits: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Part of the person's name, the purpose or the code. */
                q?: string;
                /** @description One or more of starts_at, ends_at, status, person, created_at, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description Status. */
                status?: "requested" | "approved" | "rejected" | "checked_in" | "checked_out" | "cancelled";
                /** @description Customer id. */
                customer?: number;
                /** @description Authorised person id. */
                person?: number;
                /** @description A business date (YYYY-MM-DD): visits whose window touches it. */
                day?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitPage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_facility_visits: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    customer_id?: number;
                    person_id: number;
                    /** Format: date-time */
                    starts_at: string;
                    /** Format: date-time */
                    ends_at: string;
                    rooms?: number[];
                    racks?: number[];
                    purpose: string;
                    carried?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Visit"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_facility_visits_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Visit"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_facility_visits_id_decision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    approve: boolean;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Visit"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_facility_visits_id_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Visit"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_facility_desk_code: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeskView"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_facility_desk_check_in: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    room_id: number;
                    escort: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeskView"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_facility_desk_check_out: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeskView"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_facility_entries: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Part of the person's name, the code or the escort. */
                q?: string;
                /** @description One or more of at, event, room, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description check_in, check_out or refused. */
                event?: "check_in" | "check_out" | "refused";
                /** @description Room id. */
                room?: number;
                /** @description Customer id. */
                customer?: number;
                /** @description Visit id. */
                visit?: number;
                /** @description First business date (YYYY-MM-DD). */
                from?: string;
                /** @description Last business date (YYYY-MM-DD). */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryLogPage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_facility_slips: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Part of the note. */
                q?: string;
                /** @description One or more of planned_on, status, created_at, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description Status. */
                status?: "requested" | "approved" | "rejected" | "completed" | "cancelled";
                /** @description in or out. */
                direction?: "in" | "out";
                /** @description Customer id. */
                customer?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EquipmentSlipPage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_facility_slips: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    customer_id?: number;
                    /** @enum {unknown} */
                    direction: "in" | "out";
                    /** Format: date */
                    planned_on: string;
                    note?: string;
                    items: {
                        device_id?: number;
                        serial?: string;
                        description?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EquipmentSlip"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_facility_slips_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EquipmentSlip"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_facility_slips_id_decision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    approve: boolean;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EquipmentSlip"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_facility_slips_id_release: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EquipmentSlip"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_facility_slips_id_complete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EquipmentSlip"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_facility_changes: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Part of the number or title. */
                q?: string;
                /** @description One or more of window_start, number, status, risk, created_at, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description State. */
                status?: "submitted" | "technical_approved" | "approved" | "rejected" | "in_progress" | "closed" | "cancelled";
                /** @description Risk level. */
                risk?: "low" | "medium" | "high";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeRequestBriefPage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_facility_changes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    reason: string;
                    /** @enum {unknown} */
                    risk: "low" | "medium" | "high";
                    rollback_plan: string;
                    /** Format: date-time */
                    window_start: string;
                    /** Format: date-time */
                    window_end: string;
                    rooms?: number[];
                    racks?: number[];
                    devices?: number[];
                    feeds?: number[];
                    customers?: number[];
                    steps?: string[];
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeRequestView"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_facility_changes_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeRequestView"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    put_api_v1_facility_changes_id_customers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    customers: number[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeRequestView"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_facility_changes_id_actions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    action: "approve" | "reject" | "start" | "close" | "cancel";
                    comment?: string;
                    /** @enum {unknown} */
                    result?: "successful" | "rolled_back" | "failed";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeRequestView"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_facility_changes_id_checklist: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    step: number;
                    done: boolean;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeRequestView"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_configs_devices: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Part of the device name, address or vendor. */
                q?: string;
                /** @description One or more of device_name, vendor, last_fetch_at, last_success_at, next_fetch_at, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description Vendor command set. */
                vendor?: "cisco_ios" | "cisco_nxos" | "huawei_vrp" | "h3c_comware" | "juniper_junos";
                /** @description Result of the last fetch. */
                last_result?: "ok" | "unchanged" | "failed";
                /** @description Owner customer id. */
                customer?: number;
                /** @description A changed host key waits for acceptance. */
                host_key_pending?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfigDevicePage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_configs_devices_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfigDevice"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    put_api_v1_configs_devices_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    vendor?: "cisco_ios" | "cisco_nxos" | "huawei_vrp" | "h3c_comware" | "juniper_junos";
                    port?: number;
                    username: string;
                    password?: string;
                    private_key?: string;
                    host_key?: string;
                    interval_s?: number;
                    enabled?: boolean;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfigDevice"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_configs_devices_id_fetch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfigFetch"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_configs_devices_id_accept_host_key: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    host_key: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfigDevice"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_configs_versions: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Part of the device name or the hash. */
                q?: string;
                /** @description One or more of number, fetched_at, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description Of this device (ledger id). */
                device?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfigVersionBriefPage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_configs_fetches: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Part of the device name or the error. */
                q?: string;
                /** @description One or more of at, result, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description Of this device (ledger id). */
                device?: number;
                /** @description Result. */
                result?: "ok" | "unchanged" | "failed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfigFetchPage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_configs_versions_id: {
        parameters: {
            query?: {
                /** @description Show the secrets (needs configs.secrets.read; audited). */
                secrets?: boolean;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfigVersion"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_configs_diff: {
        parameters: {
            query?: {
                /** @description The older version's id (required). */
                from?: number;
                /** @description The newer version's id (required). */
                to?: number;
                /** @description Show the secrets (needs configs.secrets.read; audited). */
                secrets?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfigDiff"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_facility_today: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilityToday"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_facility_plans: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Part of the title or owner. */
                q?: string;
                /** @description One or more of scenario, title, last_held_on, updated_at, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description Scenario. */
                scenario?: "power_failure" | "fire" | "cooling_failure" | "network_outage" | "flooding";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmergencyPlanBriefPage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_facility_plans: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    scenario: "power_failure" | "fire" | "cooling_failure" | "network_outage" | "flooding";
                    title: string;
                    owner: string;
                    body: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmergencyPlan"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_facility_plans_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmergencyPlan"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_facility_plans_id_versions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                    owner?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmergencyPlan"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_facility_drills: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Part of the drill's or plan's title. */
                q?: string;
                /** @description One or more of scheduled_on, status, held_on, created_at, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description Status. */
                status?: "scheduled" | "held" | "cancelled";
                /** @description Scenario. */
                scenario?: "power_failure" | "fire" | "cooling_failure" | "network_outage" | "flooding";
                /** @description Scheduled in this year. */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DrillBriefPage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_facility_drills: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    plan_id: number;
                    title: string;
                    /** Format: date */
                    scheduled_on: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Drill"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_facility_drills_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Drill"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_facility_drills_id_record: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    held_on: string;
                    participants: string[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Drill"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_facility_drills_id_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Drill"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_facility_drills_id_entries: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    kind: "timeline" | "finding";
                    /** Format: date-time */
                    at?: string;
                    text: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Drill"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_facility_drills_id_actions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    text: string;
                    owner: string;
                    /** Format: date */
                    due_on: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Drill"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_facility_drill_actions_id_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Drill"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_facility_drill_report: {
        parameters: {
            query?: {
                /** @description The year (required). */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DrillReport"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_facility_drill_report_pdf: {
        parameters: {
            query?: {
                /** @description The year (required). */
                year?: number;
                /** @description zh-CN or en-US (default: Accept-Language) */
                lang?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": unknown;
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_facility_assets: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Part of the code, name, model or serial number. */
                q?: string;
                /** @description One or more of code, name, kind, installed_on, status, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description Kind of equipment. */
                kind?: "ups" | "battery_string" | "generator" | "ats" | "crac" | "gas_suppression" | "fire_detection" | "distribution_board";
                /** @description Status. */
                status?: "in_service" | "standby" | "fault" | "retired";
                /** @description Room id. */
                room?: number;
                /** @description Power feed id. */
                power_feed?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilityAssetPage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_facility_assets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    name: string;
                    /** @enum {unknown} */
                    kind: "ups" | "battery_string" | "generator" | "ats" | "crac" | "gas_suppression" | "fire_detection" | "distribution_board";
                    model?: string;
                    serial?: string;
                    room_id: number;
                    power_feed_id?: number | null;
                    /** Format: date */
                    installed_on?: string | null;
                    /** @enum {unknown} */
                    status?: "in_service" | "standby" | "fault" | "retired";
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilityAsset"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_facility_assets_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilityAsset"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patch_api_v1_facility_assets_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code?: string;
                    name?: string;
                    /** @enum {unknown} */
                    kind?: "ups" | "battery_string" | "generator" | "ats" | "crac" | "gas_suppression" | "fire_detection" | "distribution_board";
                    model?: string;
                    serial?: string;
                    room_id?: number;
                    power_feed_id?: number | null;
                    /** Format: date */
                    installed_on?: string | null;
                    /** @enum {unknown} */
                    status?: "in_service" | "standby" | "fault" | "retired";
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilityAsset"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_facility_maintenance_plans: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Part of the plan's name. */
                q?: string;
                /** @description One or more of name, first_due, created_at, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description Asset id (plans of that one asset). */
                asset?: number;
                /** @description Plans covering every asset of a kind. */
                kind?: "ups" | "battery_string" | "generator" | "ats" | "crac" | "gas_suppression" | "fire_detection" | "distribution_board";
                /** @description Active or paused. */
                active?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaintenancePlanPage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_facility_maintenance_plans: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    asset_id?: number;
                    /** @enum {unknown} */
                    asset_kind?: "ups" | "battery_string" | "generator" | "ats" | "crac" | "gas_suppression" | "fire_detection" | "distribution_board";
                    every: number;
                    /** @enum {unknown} */
                    unit: "days" | "months";
                    /** Format: date */
                    first_due: string;
                    checklist: {
                        key: string;
                        label: string;
                        /** @enum {unknown} */
                        kind: "check" | "reading" | "photo";
                        unit?: string;
                        min?: number;
                        max?: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaintenancePlan"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_facility_maintenance_plans_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaintenancePlan"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patch_api_v1_facility_maintenance_plans_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    asset_id?: number;
                    /** @enum {unknown} */
                    asset_kind?: "ups" | "battery_string" | "generator" | "ats" | "crac" | "gas_suppression" | "fire_detection" | "distribution_board";
                    every: number;
                    /** @enum {unknown} */
                    unit: "days" | "months";
                    /** Format: date */
                    first_due: string;
                    checklist: {
                        key: string;
                        label: string;
                        /** @enum {unknown} */
                        kind: "check" | "reading" | "photo";
                        unit?: string;
                        min?: number;
                        max?: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaintenancePlan"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_facility_maintenance_plans_id_active: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active: boolean;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaintenancePlan"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_facility_work_orders: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Part of the asset's code or name or the plan's name. */
                q?: string;
                /** @description One or more of due_on, status, asset, created_at, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description Status. */
                status?: "open" | "assigned" | "completed" | "closed";
                /** @description Only overdue (true) or only not overdue (false). */
                overdue?: boolean;
                /** @description Kind of the asset. */
                kind?: "ups" | "battery_string" | "generator" | "ats" | "crac" | "gas_suppression" | "fire_detection" | "distribution_board";
                /** @description Username of the assignee. */
                assignee?: string;
                /** @description Asset id. */
                asset?: number;
                /** @description Plan id. */
                plan?: number;
                /** @description Due on or after (date). */
                due_from?: string;
                /** @description Due on or before (date). */
                due_to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrderPage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_facility_work_orders_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrder"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_facility_work_orders_id_assign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    assignee: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrder"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    put_api_v1_facility_work_orders_id_results: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    results: {
                        key: string;
                        ok?: boolean;
                        value?: number;
                        unit?: string;
                        note?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrder"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_facility_work_orders_id_photos: {
        parameters: {
            query?: {
                /** @description the checklist item's key */
                item?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "image/jpeg": string;
                "image/png": string;
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrder"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_facility_work_orders_id_photos_photo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                photo: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": unknown;
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_facility_work_orders_id_complete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrder"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_facility_work_orders_id_sign_off: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkOrder"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_facility_patrol_templates: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Part of the template's name. */
                q?: string;
                /** @description One or more of name, created_at, updated_at, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description Active or not. */
                active?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PatrolTemplatePage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_facility_patrol_templates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    checkpoints: {
                        key: string;
                        name: string;
                        /** @enum {unknown} */
                        kind: "room" | "rack" | "asset" | "yard";
                        ref_id?: number;
                        qr: string;
                        items: {
                            key: string;
                            label: string;
                            /** @enum {unknown} */
                            kind: "check" | "reading" | "photo";
                            unit?: string;
                            min?: number;
                            max?: number;
                        }[];
                    }[];
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PatrolTemplate"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_facility_patrol_templates_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PatrolTemplate"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    put_api_v1_facility_patrol_templates_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    checkpoints: {
                        key: string;
                        name: string;
                        /** @enum {unknown} */
                        kind: "room" | "rack" | "asset" | "yard";
                        ref_id?: number;
                        qr: string;
                        items: {
                            key: string;
                            label: string;
                            /** @enum {unknown} */
                            kind: "check" | "reading" | "photo";
                            unit?: string;
                            min?: number;
                            max?: number;
                        }[];
                    }[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PatrolTemplate"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_facility_patrol_readings: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Part of the item's key or the note. */
                q?: string;
                /** @description One or more of recorded_at, item, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description Template id. */
                template?: number;
                /** @description Round id. */
                round?: number;
                /** @description The checkpoint's key. */
                checkpoint?: string;
                /** @description One item's key. */
                item?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PatrolReadingPage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_facility_patrol_templates_id_trend: {
        parameters: {
            query?: {
                /** @description The checkpoint's key. */
                checkpoint?: string;
                /** @description The item's key. */
                item?: string;
                /** @description How many readings (1–1000, default 200). */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PatrolTrend"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_facility_patrol_schedules: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Part of the template's name. */
                q?: string;
                /** @description One or more of template, created_at, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description Template id. */
                template?: number;
                /** @description Active or paused. */
                active?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PatrolSchedulePage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_facility_patrol_schedules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    template_id: number;
                    /** @enum {unknown} */
                    kind: "every_hours" | "daily" | "weekly";
                    every_hours?: number;
                    at_time?: string;
                    weekday?: number;
                    /** Format: date */
                    starts_on: string;
                    grace_minutes?: number;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PatrolSchedule"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_facility_patrol_schedules_id_active: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active: boolean;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PatrolSchedule"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_facility_patrol_rounds: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Part of the template's name. */
                q?: string;
                /** @description One or more of due_at, status, template, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description Status. */
                status?: "due" | "in_progress" | "submitted";
                /** @description Template id. */
                template?: number;
                /** @description Schedule id. */
                schedule?: number;
                /** @description Missed or not. */
                missed?: boolean;
                /** @description Late or not. */
                late?: boolean;
                /** @description Due at or after (instant). */
                due_from?: string;
                /** @description Due before (instant). */
                due_to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PatrolRoundBriefPage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_facility_patrol_rounds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    template_id: number;
                    grace_minutes?: number;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PatrolRound"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_facility_patrol_rounds_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PatrolRound"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_facility_patrol_rounds_id_start: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PatrolRound"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_facility_patrol_rounds_id_visits: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    checkpoint: string;
                    payload: string;
                    manual?: boolean;
                    results?: {
                        key: string;
                        ok?: boolean;
                        value?: number;
                        unit?: string;
                        note?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PatrolRound"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_facility_patrol_rounds_id_photos: {
        parameters: {
            query?: {
                /** @description the checkpoint's key */
                checkpoint?: string;
                /** @description the item's key */
                item?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "image/jpeg": string;
                "image/png": string;
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PatrolRound"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_facility_patrol_rounds_id_photos_photo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                photo: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": unknown;
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_facility_patrol_rounds_id_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PatrolRound"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_facility_findings: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Part of the checkpoint, item, route or assignee. */
                q?: string;
                /** @description One or more of deadline_at, created_at, closed_at, severity, status, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description The order's status. */
                status?: "open" | "assigned" | "rectified" | "verified" | "dismissed";
                /** @description Past the deadline and not closed (or not). */
                overdue?: boolean;
                /** @description Verified or dismissed (or still to be worked). */
                closed?: boolean;
                /** @description Orders of this room's checkpoint and of the infrastructure standing in it. */
                room?: number;
                /** @description Orders of one patrol round. */
                round?: number;
                /** @description The assignee's user name. */
                assignee?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationOrderPage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_facility_findings_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationOrderView"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_facility_findings_id_photo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": unknown;
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_facility_findings_id_photo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "image/jpeg": string;
                "image/png": string;
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationOrderView"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_facility_findings_id_assign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    assignee: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationOrderView"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_facility_findings_id_rectify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationOrderView"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_facility_findings_id_verify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationOrderView"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_facility_findings_id_reopen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationOrderView"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_facility_findings_id_dismiss: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RectificationOrderView"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_disputes: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Part of the number, customer, contract, claim or case number. */
                q?: string;
                /** @description One or more of created_at, updated_at, number, status, amount_fen, hearing_date, customer, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description Status. */
                status?: "negotiating" | "escalated" | "resolved" | "withdrawn";
                /** @description What the case was opened from. */
                source_type?: "direct" | "complaint" | "invoice" | "breach";
                /** @description Customer id. */
                customer?: number;
                /** @description Contract id. */
                contract?: number;
                /** @description Only open (true) or closed (false) cases. */
                open?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisputePage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_disputes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    contract_id?: number;
                    /** @enum {string} */
                    source_type?: "direct" | "complaint" | "invoice" | "breach";
                    source_id?: number;
                    /** @enum {string} */
                    raised_by?: "customer" | "operator";
                    claim: string;
                    amount_fen: number;
                    /** Format: date */
                    respond_by?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisputeDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_disputes_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisputeDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_disputes_id_entries: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "meeting" | "proposal" | "document" | "note" | "hearing";
                    /** Format: date */
                    on_date: string;
                    summary: string;
                    amount_fen?: number;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisputeDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_disputes_id_deadlines: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    /** Format: date */
                    due_date: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisputeDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_disputes_id_deadlines_deadline_done: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                deadline: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisputeDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_disputes_id_links: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    object_type: "invoice" | "ticket" | "breach" | "entry";
                    object_id: number;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisputeDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    delete_api_v1_disputes_id_links_link: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                link: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_disputes_id_escalate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    forum_kind: "arbitration" | "court";
                    forum_name: string;
                    case_number?: string;
                    /** Format: date */
                    hearing_date?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisputeDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_disputes_id_case: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    case_number?: string;
                    /** Format: date */
                    hearing_date?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisputeDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_disputes_id_hold: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    legal_hold: boolean;
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisputeDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_disputes_id_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    outcome: "credit" | "payment_plan" | "termination" | "no_change" | "withdrawn";
                    amount_fen?: number;
                    note?: string;
                    /** Format: date */
                    end_date?: string;
                    plan?: {
                        /** Format: date */
                        due_date: string;
                        amount_fen: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisputeDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_breaches: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Part of the number, customer, contract, clause or description. */
                q?: string;
                /** @description One or more of occurred_on, created_at, number, status, kind, customer, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description Whose breach. */
                party?: "customer" | "operator";
                /** @description Kind of breach. */
                kind?: "non_payment" | "over_use" | "abuse" | "prohibited_content" | "sla_failure" | "data_loss" | "unauthorised_disclosure";
                /** @description Status. */
                status?: "open" | "decided" | "closed" | "proposed";
                /** @description Customer id. */
                customer?: number;
                /** @description Contract id. */
                contract?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BreachPage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_breaches: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    contract_id: number;
                    /** @enum {string} */
                    party: "customer" | "operator";
                    /** @enum {string} */
                    kind: "non_payment" | "over_use" | "abuse" | "prohibited_content" | "sla_failure" | "data_loss" | "unauthorised_disclosure";
                    clause: string;
                    description: string;
                    /** Format: date */
                    occurred_on: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BreachDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_breaches_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BreachDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_breaches_id_evidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    object_type: "ticket" | "invoice" | "alert" | "entry" | "document";
                    object_id?: number;
                    label?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BreachDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_breaches_id_decision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    consequence: "none" | "penalty" | "suspension" | "compensation" | "termination";
                    amount_fen?: number;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BreachDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_breaches_id_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BreachDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_breaches_id_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BreachDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_breaches_id_dismiss: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BreachDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_compliance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplianceView"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_compliance_report: {
        parameters: {
            query?: {
                /** @description zh-CN or en-US (default: Accept-Language) */
                lang?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": unknown;
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_compliance_verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplianceReportCheck"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_confidentiality_levels: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfidentialityLevel"][];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_confidentiality_levels: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    category: "contacts" | "authorised_people" | "devices" | "network_plans" | "contracts" | "invoices" | "tickets";
                    /** @enum {string} */
                    level: "public" | "internal" | "confidential" | "secret";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfidentialityLevel"][];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_confidentiality_customers_id_holdings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfidentialityHoldings"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_confidentiality_disclosures: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Part of the number, customer, recipient, purpose or document number. */
                q?: string;
                /** @description One or more of requested_at, disclosed_at, number, status, customer, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description Status. */
                status?: "requested" | "approved" | "rejected" | "disclosed";
                /** @description Customer id. */
                customer?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisclosurePage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_confidentiality_disclosures: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    customer_id: number;
                    recipient: string;
                    /** @enum {string} */
                    recipient_kind: "authority" | "third_party";
                    categories: ("contacts" | "authorised_people" | "devices" | "network_plans" | "contracts" | "invoices" | "tickets")[];
                    records?: string;
                    purpose: string;
                    /** @enum {string} */
                    basis: "consent" | "legal";
                    law?: string;
                    article?: string;
                    document_number?: string;
                    withheld?: boolean;
                    withheld_law?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisclosureDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_confidentiality_disclosures_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisclosureDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_confidentiality_disclosures_id_consent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": unknown;
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_confidentiality_disclosures_id_consent: {
        parameters: {
            query?: {
                /** @description the file's name as uploaded */
                file_name?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/pdf": string;
                "image/jpeg": string;
                "image/png": string;
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisclosureDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_confidentiality_disclosures_id_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisclosureDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_confidentiality_disclosures_id_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisclosureDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_confidentiality_disclosures_id_disclose: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    disclosed_what: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisclosureDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_confidentiality_sensitive_reads: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Part of the actor, object type, object id or action. */
                q?: string;
                /** @description One or more of id, at, actor, object_type, action, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description Customer id. */
                customer?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SensitiveReadPage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_confidentiality_obligations: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Part of the contract number or customer. */
                q?: string;
                /** @description One or more of id, number, status, customer, effective_date, end_date, created_at, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description Customer id. */
                customer?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfidentialityObligationPage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_confidentiality_obligations_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    years_after_end: number;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfidentialityObligation"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_confidentiality_customers_id_export: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfidentialityExport"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_confidentiality_customers_id_export_section: {
        parameters: {
            query?: {
                /** @description Records to skip. */
                start?: number;
                /** @description Records to answer, 1 to 1000. */
                size?: number;
            };
            header?: never;
            path: {
                id: string;
                section: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        section: "customer" | "contacts" | "authorised_people" | "contracts" | "invoices" | "tickets" | "devices" | "prefixes" | "vlans" | "disclosures";
                        count: number;
                        start: number;
                        records: Record<string, never>[];
                    };
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_backups_plans: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Part of the name, contract number or location. */
                q?: string;
                /** @description One or more of name, next_run_at, created_at, status, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description State. */
                status?: "active" | "paused";
                /** @description The customer's plans (staff). */
                customer?: number;
                /** @description The contract's plans. */
                contract_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BackupPlanPage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_backups_plans: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    contract_id: number;
                    name: string;
                    /** @enum {unknown} */
                    source_kind: "paths" | "command" | "ssh";
                    paths?: string[];
                    dump_command?: string[];
                    dump_filename?: string;
                    ssh_host?: string;
                    ssh_port?: number;
                    ssh_user?: string;
                    ssh_key?: string;
                    /** @enum {unknown} */
                    schedule_kind: "interval" | "daily";
                    interval_minutes?: number;
                    daily_at?: string;
                    retention: {
                        keep_last?: number;
                        keep_daily?: number;
                        keep_weekly?: number;
                        keep_monthly?: number;
                    };
                    repository: string;
                    location: string;
                    repository_password?: string;
                    restore_test_days?: number;
                    timeout_minutes?: number;
                    /** @enum {unknown} */
                    status?: "active" | "paused";
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BackupPlan"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_backups_plans_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BackupPlan"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    put_api_v1_backups_plans_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    contract_id: number;
                    name: string;
                    /** @enum {unknown} */
                    source_kind: "paths" | "command" | "ssh";
                    paths?: string[];
                    dump_command?: string[];
                    dump_filename?: string;
                    ssh_host?: string;
                    ssh_port?: number;
                    ssh_user?: string;
                    ssh_key?: string;
                    /** @enum {unknown} */
                    schedule_kind: "interval" | "daily";
                    interval_minutes?: number;
                    daily_at?: string;
                    retention: {
                        keep_last?: number;
                        keep_daily?: number;
                        keep_weekly?: number;
                        keep_monthly?: number;
                    };
                    repository: string;
                    location: string;
                    repository_password?: string;
                    restore_test_days?: number;
                    timeout_minutes?: number;
                    /** @enum {unknown} */
                    status?: "active" | "paused";
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BackupPlan"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_backups_plans_id_run: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BackupRun"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_backups_plans_id_restore_test: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BackupRun"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_backups_runs: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Part of the plan or job name, or the snapshot id. */
                q?: string;
                /** @description One or more of started_at, ended_at, id, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description Result. */
                status?: "running" | "succeeded" | "failed";
                /** @description Engine. */
                engine?: "restic" | "veeam" | "bacula" | "other";
                /** @description Backup or restore test. */
                kind?: "backup" | "restore_test";
                /** @description The customer's runs (staff). */
                customer?: number;
                /** @description The plan's runs. */
                plan_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BackupRunPage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_backups_runs_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BackupRun"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_backups_runs_reported: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    contract_id: number;
                    plan_id?: number;
                    /** @enum {unknown} */
                    engine: "veeam" | "bacula" | "other";
                    job_name: string;
                    /** @enum {unknown} */
                    status: "succeeded" | "failed";
                    /** Format: date-time */
                    started_at: string;
                    /** Format: date-time */
                    ended_at: string;
                    files?: number;
                    bytes_processed?: number;
                    bytes_added?: number;
                    snapshot_id?: string;
                    log_excerpt?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BackupRun"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_backups_restores: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Part of the plan name, snapshot id or target path. */
                q?: string;
                /** @description One or more of requested_at, status, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description State. */
                status?: "requested" | "approved" | "rejected" | "running" | "verified" | "failed" | "confirmed";
                /** @description The customer's requests (staff). */
                customer?: number;
                /** @description The plan's requests. */
                plan_id?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BackupRestorePage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_backups_restores: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    plan_id: number;
                    snapshot_id: string;
                    paths?: string[];
                    /** @enum {unknown} */
                    target_kind: "original" | "path";
                    target_path?: string;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BackupRestore"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_backups_restores_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BackupRestore"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_backups_restores_id_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BackupRestore"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_backups_restores_id_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BackupRestore"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_backups_restores_id_execute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BackupRestore"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_backups_restores_id_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BackupRestore"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_firewall_requests: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Part of the number, customer, device or reason. */
                q?: string;
                /** @description One or more of created_at, number, status, risk_level, customer, device, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description The customer's requests. */
                customer?: number;
                /** @description The device's requests. */
                device?: number;
                /** @description Request status. */
                status?: "submitted" | "approved" | "rejected";
                /** @description Open or close. */
                action?: "open" | "close";
                /** @description Risk the rules found. */
                risk_level?: "low" | "medium" | "high";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FirewallRequestRowPage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_firewall_requests: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    action: "open" | "close";
                    device_id: number;
                    reason: string;
                    /** Format: date */
                    expires_on?: string | null;
                    lines?: {
                        direction?: string;
                        protocol?: string;
                        source?: string;
                        destination?: string;
                        ports?: string;
                    }[];
                    rule_ids?: number[];
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FirewallRequest"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_firewall_requests_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FirewallRequest"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_firewall_requests_id_review: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    decision: "approve" | "reject";
                    /** @enum {unknown} */
                    risk_level: "low" | "medium" | "high";
                    note: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FirewallRequest"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_firewall_rules: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Part of the customer, device, addresses or ports. */
                q?: string;
                /** @description One or more of added_at, expires_on, customer, device, removed_at, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description The customer's rules. */
                customer?: number;
                /** @description The device's rules. */
                device?: number;
                /** @description Also the rules removed (closed or expired), with by which request and when. */
                history?: boolean;
                /** @description Only rules in force expiring within this many days. */
                expiring_within?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FirewallRulePage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_vulns_consents: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Part of the signatory, scope or document. */
                q?: string;
                /** @description One or more of created_at, valid_until, valid_from, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description Customer id. */
                customer?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VulnConsentPage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_vulns_consents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    customer_id?: number;
                    granted_by: string;
                    /** Format: date */
                    granted_on: string;
                    scope: string[];
                    /** Format: date */
                    valid_from: string;
                    /** Format: date */
                    valid_until: string;
                    /** @enum {string} */
                    source?: "portal" | "signed";
                    document?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VulnConsent"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_vulns_consents_id_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VulnConsent"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_vulns_consents_id_document: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": unknown;
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_vulns_consents_id_document: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/pdf": string;
                "image/jpeg": string;
                "image/png": string;
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VulnConsent"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_vulns_allowed_ports: {
        parameters: {
            query?: {
                /** @description Customer id. */
                customer?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VulnAllowedPortPage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_vulns_allowed_ports: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    customer_id?: number;
                    /** @enum {string} */
                    protocol?: "tcp" | "udp";
                    port: number;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VulnAllowedPort"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    delete_api_v1_vulns_allowed_ports_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_vulns_schedules: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Part of a target. */
                q?: string;
                /** @description One or more of created_at, next_run_on, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description Customer id. */
                customer?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VulnSchedulePage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_vulns_schedules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    customer_id?: number;
                    targets?: string[];
                    /** @enum {string} */
                    profile?: "top" | "full" | "service";
                    ports?: string;
                    interval_days: number;
                    /** Format: date */
                    first_run_on?: string;
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VulnSchedule"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    put_api_v1_vulns_schedules_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    customer_id?: number;
                    targets?: string[];
                    /** @enum {string} */
                    profile?: "top" | "full" | "service";
                    ports?: string;
                    interval_days: number;
                    /** Format: date */
                    first_run_on?: string;
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VulnSchedule"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_vulns_scans: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Part of the number or a target. */
                q?: string;
                /** @description One or more of started_at, number, open_ports, findings_new, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description Customer id. */
                customer?: number;
                /** @description Schedule id. */
                schedule?: number;
                /** @description nmap run or imported report. */
                kind?: "nmap" | "nmap_import" | "openvas_import";
                /** @description Running, done or failed. */
                status?: "running" | "done" | "failed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VulnScanPage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_vulns_scans: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    customer_id: number;
                    targets: string[];
                    /** @enum {string} */
                    profile?: "top" | "full" | "service";
                    ports?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VulnScanDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_vulns_scans_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VulnScanDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_vulns_scans_import: {
        parameters: {
            query?: {
                /** @description Customer id. */
                customer?: number;
                /** @description nmap_import or openvas_import */
                kind?: "nmap_import" | "openvas_import";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/xml": string;
                "text/xml": string;
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VulnScanDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_vulns_findings: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Part of the number, host, title, plugin or owner. */
                q?: string;
                /** @description One or more of due_on, number, severity, host, last_seen_at, status, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description Customer id. */
                customer?: number;
                /** @description Last seen by this scan. */
                scan?: number;
                /** @description Severity. */
                severity?: "critical" | "high" | "medium" | "low" | "info";
                /** @description Status. */
                status?: "open" | "acknowledged" | "fixed" | "verified" | "accepted";
                /** @description Host address. */
                host?: string;
                /** @description Past the deadline and not closed. */
                overdue?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VulnFindingPage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_vulns_findings_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VulnFindingDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_vulns_findings_id_acknowledge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VulnFindingDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_vulns_findings_id_fix: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VulnFindingDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_vulns_findings_id_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VulnFindingDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_vulns_findings_id_assign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    owner: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VulnFindingDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_vulns_assessments: {
        parameters: {
            query?: {
                /** @description Page size, 1 to 1000 (default 50). */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
                /** @description Part of the number, title, scope or assessor. */
                q?: string;
                /** @description One or more of assessed_on, number, status, comma-separated; prefix - for descending. */
                sort?: string;
                /** @description Customer id. */
                customer?: number;
                /** @description Only the operator's own assessments. */
                operator?: boolean;
                /** @description Open or closed. */
                status?: "open" | "closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VulnAssessmentPage"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_vulns_assessments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    customer_id?: number;
                    title: string;
                    scope: string;
                    /** Format: date */
                    assessed_on: string;
                    assessor: string;
                    summary?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VulnAssessmentDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_vulns_assessments_id: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VulnAssessmentDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_vulns_assessments_id_items: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind?: "finding" | "action";
                    title: string;
                    /** @enum {string} */
                    severity?: "critical" | "high" | "medium" | "low" | "info";
                    owner: string;
                    /** Format: date */
                    due_on: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VulnAssessmentDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_vulns_assessments_id_items_item_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                item: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    resolution: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VulnAssessmentDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    post_api_v1_vulns_assessments_id_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    summary?: string;
                };
            };
        };
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VulnAssessmentDetail"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_home: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HomeAnswer"];
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    get_api_v1_export: {
        parameters: {
            query?: {
                /** @description The list, e.g. /api/v1/dcim/devices */
                path?: string;
                /** @description csv (default) or xlsx */
                format?: string;
                /** @description A dotted path into each item (repeat for each column), e.g. rack.name */
                column?: string;
                /** @description The header of each column, in order (repeat; default the paths) */
                label?: string;
                /** @description The file's name without extension */
                filename?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": unknown;
                };
            };
            /** @description Error (RFC 9457 problem details) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
type FlattenedDeepRequired<T> = {
    [K in keyof T]-?: FlattenedDeepRequired<T[K] extends unknown[] | undefined | null ? Extract<T[K], unknown[]>[number] : T[K]>;
};
type ReadonlyArray<T> = [
    Exclude<T, undefined>
] extends [
    unknown[]
] ? Readonly<Exclude<T, undefined>> : Readonly<Exclude<T, undefined>[]>;
export const pathsApiV1UsersGetParametersQueryRoleValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/users"]["get"]["parameters"]["query"]["role"]> = ["admin", "business", "technical", "management", "finance", "operations", "security", "auditor", "customer_admin", "customer_user"];
export const pathsApiV1CustomersGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/customers"]["get"]["parameters"]["query"]["status"]> = ["prospect", "active", "suspended", "closed"];
export const pathsApiV1CustomersPostRequestBodyContentApplicationJsonStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/customers"]["post"]["requestBody"]["content"]["application/json"]["status"]> = ["prospect", "active", "suspended", "closed"];
export const pathsApiV1CustomersIdPatchRequestBodyContentApplicationJsonStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/customers/{id}"]["patch"]["requestBody"]["content"]["application/json"]["status"]> = ["prospect", "active", "suspended", "closed"];
export const pathsApiV1DcimRacksGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/dcim/racks"]["get"]["parameters"]["query"]["status"]> = ["planned", "active", "reserved", "decommissioned"];
export const pathsApiV1DcimRacksCsvGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/dcim/racks.csv"]["get"]["parameters"]["query"]["status"]> = ["planned", "active", "reserved", "decommissioned"];
export const pathsApiV1DcimRacksIdElevationSvgGetParametersQueryFaceValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/dcim/racks/{id}/elevation.svg"]["get"]["parameters"]["query"]["face"]> = ["front", "rear"];
export const pathsApiV1DcimPowerFeedsGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/dcim/power-feeds"]["get"]["parameters"]["query"]["status"]> = ["active", "planned", "offline"];
export const pathsApiV1DcimDevicesGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/dcim/devices"]["get"]["parameters"]["query"]["status"]> = ["planned", "installed", "active", "maintenance", "decommissioned"];
export const pathsApiV1DcimDevicesGetParametersQueryRoleValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/dcim/devices"]["get"]["parameters"]["query"]["role"]> = ["server", "switch", "router", "firewall", "pdu", "storage", "other"];
export const pathsApiV1DcimDevicesCsvGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/dcim/devices.csv"]["get"]["parameters"]["query"]["status"]> = ["planned", "installed", "active", "maintenance", "decommissioned"];
export const pathsApiV1DcimDevicesCsvGetParametersQueryRoleValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/dcim/devices.csv"]["get"]["parameters"]["query"]["role"]> = ["server", "switch", "router", "firewall", "pdu", "storage", "other"];
export const pathsApiV1DcimUtilisationGetParametersQueryScopeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/dcim/utilisation"]["get"]["parameters"]["query"]["scope"]> = ["site", "room", "row", "rack"];
export const pathsApiV1IpamVlansGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/ipam/vlans"]["get"]["parameters"]["query"]["status"]> = ["active", "reserved", "deprecated"];
export const pathsApiV1IpamVlansPostRequestBodyContentApplicationJsonStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/ipam/vlans"]["post"]["requestBody"]["content"]["application/json"]["status"]> = ["active", "reserved", "deprecated"];
export const pathsApiV1IpamVlansIdPatchRequestBodyContentApplicationJsonStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/ipam/vlans/{id}"]["patch"]["requestBody"]["content"]["application/json"]["status"]> = ["active", "reserved", "deprecated"];
export const pathsApiV1DcimCablesGetParametersQueryTypeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/dcim/cables"]["get"]["parameters"]["query"]["type"]> = ["cat6", "cat6a", "mmf-om4", "smf-os2", "dac", "power"];
export const pathsApiV1DcimCablesGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/dcim/cables"]["get"]["parameters"]["query"]["status"]> = ["planned", "connected", "decommissioned"];
export const pathsApiV1DcimCablesPostRequestBodyContentApplicationJsonTypeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/dcim/cables"]["post"]["requestBody"]["content"]["application/json"]["type"]> = ["cat6", "cat6a", "mmf-om4", "smf-os2", "dac", "power"];
export const pathsApiV1DcimCablesPostRequestBodyContentApplicationJsonStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/dcim/cables"]["post"]["requestBody"]["content"]["application/json"]["status"]> = ["planned", "connected", "decommissioned"];
export const pathsApiV1DcimCablesIdPatchRequestBodyContentApplicationJsonTypeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/dcim/cables/{id}"]["patch"]["requestBody"]["content"]["application/json"]["type"]> = ["cat6", "cat6a", "mmf-om4", "smf-os2", "dac", "power"];
export const pathsApiV1DcimCablesIdPatchRequestBodyContentApplicationJsonStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/dcim/cables/{id}"]["patch"]["requestBody"]["content"]["application/json"]["status"]> = ["planned", "connected", "decommissioned"];
export const pathsApiV1IpamPrefixesGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/ipam/prefixes"]["get"]["parameters"]["query"]["status"]> = ["container", "active", "reserved", "deprecated"];
export const pathsApiV1IpamPrefixesPostRequestBodyContentApplicationJsonStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/ipam/prefixes"]["post"]["requestBody"]["content"]["application/json"]["status"]> = ["container", "active", "reserved", "deprecated"];
export const pathsApiV1IpamPrefixesIdPatchRequestBodyContentApplicationJsonStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/ipam/prefixes/{id}"]["patch"]["requestBody"]["content"]["application/json"]["status"]> = ["container", "active", "reserved", "deprecated"];
export const pathsApiV1IpamPrefixesIdAvailableIpsPostRequestBodyContentApplicationJsonStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/ipam/prefixes/{id}/available-ips"]["post"]["requestBody"]["content"]["application/json"]["status"]> = ["active", "reserved", "deprecated", "dhcp"];
export const pathsApiV1IpamIpAddressesGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/ipam/ip-addresses"]["get"]["parameters"]["query"]["status"]> = ["active", "reserved", "deprecated", "dhcp"];
export const pathsApiV1IpamIpAddressesGetParametersQueryRoleValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/ipam/ip-addresses"]["get"]["parameters"]["query"]["role"]> = ["loopback", "secondary", "anycast", "vip", "vrrp", "hsrp", "glbp", "carp"];
export const pathsApiV1IpamIpAddressesPostRequestBodyContentApplicationJsonStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/ipam/ip-addresses"]["post"]["requestBody"]["content"]["application/json"]["status"]> = ["active", "reserved", "deprecated", "dhcp"];
export const pathsApiV1IpamIpAddressesIdPatchRequestBodyContentApplicationJsonStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/ipam/ip-addresses/{id}"]["patch"]["requestBody"]["content"]["application/json"]["status"]> = ["active", "reserved", "deprecated", "dhcp"];
export const pathsApiV1DeliveriesGetParametersQueryChannelValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/deliveries"]["get"]["parameters"]["query"]["channel"]> = ["email", "webhook"];
export const pathsApiV1DeliveriesGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/deliveries"]["get"]["parameters"]["query"]["status"]> = ["delivered", "failed", "not_configured"];
export const pathsApiV1ApplicationsGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/applications"]["get"]["parameters"]["query"]["status"]> = ["draft", "business_review", "technical_review", "management_review", "approved", "contracted", "returned", "rejected", "withdrawn"];
export const pathsApiV1ApplicationsGetParametersQueryPending_forValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/applications"]["get"]["parameters"]["query"]["pending_for"]> = ["me"];
export const pathsApiV1ApplicationsPostRequestBodyContentApplicationJsonSpaceValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/applications"]["post"]["requestBody"]["content"]["application/json"]["space"]> = ["units", "racks"];
export const pathsApiV1ApplicationsPostRequestBodyContentApplicationJsonExtra_servicesValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/applications"]["post"]["requestBody"]["content"]["application/json"]["extra_services"]> = ["remote_hands", "data_backup"];
export const pathsApiV1ApplicationsIdPatchRequestBodyContentApplicationJsonSpaceValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/applications/{id}"]["patch"]["requestBody"]["content"]["application/json"]["space"]> = ["units", "racks"];
export const pathsApiV1ApplicationsIdPatchRequestBodyContentApplicationJsonExtra_servicesValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/applications/{id}"]["patch"]["requestBody"]["content"]["application/json"]["extra_services"]> = ["remote_hands", "data_backup"];
export const pathsApiV1ApplicationsIdTransitionsPostRequestBodyContentApplicationJsonActionValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/applications/{id}/transitions"]["post"]["requestBody"]["content"]["application/json"]["action"]> = ["submit", "approve", "reject", "return", "withdraw"];
export const pathsApiV1BillingCatalogueGetParametersQueryServiceValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/billing/catalogue"]["get"]["parameters"]["query"]["service"]> = ["rack_space", "whole_rack", "power", "bandwidth", "ip_addresses", "remote_hands", "data_backup", "other"];
export const pathsApiV1BillingCatalogueGetParametersQueryModeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/billing/catalogue"]["get"]["parameters"]["query"]["mode"]> = ["recurring", "one_off", "usage"];
export const pathsApiV1BillingCataloguePostRequestBodyContentApplicationJsonServiceValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/billing/catalogue"]["post"]["requestBody"]["content"]["application/json"]["service"]> = ["rack_space", "whole_rack", "power", "bandwidth", "ip_addresses", "remote_hands", "data_backup", "other"];
export const pathsApiV1BillingCataloguePostRequestBodyContentApplicationJsonModeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/billing/catalogue"]["post"]["requestBody"]["content"]["application/json"]["mode"]> = ["recurring", "one_off", "usage"];
export const pathsApiV1BillingCataloguePostRequestBodyContentApplicationJsonMetricValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/billing/catalogue"]["post"]["requestBody"]["content"]["application/json"]["metric"]> = ["bandwidth_p95", "power_kwh"];
export const pathsApiV1BillingCataloguePostRequestBodyContentApplicationJsonBilling_cycleValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/billing/catalogue"]["post"]["requestBody"]["content"]["application/json"]["billing_cycle"]> = ["monthly", "quarterly", "yearly"];
export const pathsApiV1ContractsGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/contracts"]["get"]["parameters"]["query"]["status"]> = ["draft", "signed", "active", "expired", "terminated"];
export const pathsApiV1ContractsPostRequestBodyContentApplicationJsonLine_itemsServiceValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/contracts"]["post"]["requestBody"]["content"]["application/json"]["line_items"]["service"]> = ["rack_space", "whole_rack", "power", "bandwidth", "ip_addresses", "remote_hands", "data_backup", "other"];
export const pathsApiV1ContractsPostRequestBodyContentApplicationJsonLine_itemsBilling_cycleValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/contracts"]["post"]["requestBody"]["content"]["application/json"]["line_items"]["billing_cycle"]> = ["monthly", "quarterly", "yearly"];
export const pathsApiV1ContractsPostRequestBodyContentApplicationJsonLine_itemsModeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/contracts"]["post"]["requestBody"]["content"]["application/json"]["line_items"]["mode"]> = ["recurring", "one_off", "usage"];
export const pathsApiV1ContractsPostRequestBodyContentApplicationJsonLine_itemsMetricValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/contracts"]["post"]["requestBody"]["content"]["application/json"]["line_items"]["metric"]> = ["bandwidth_p95", "power_kwh"];
export const pathsApiV1ContractsPostRequestBodyContentApplicationJsonLine_itemsP95_basisValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/contracts"]["post"]["requestBody"]["content"]["application/json"]["line_items"]["p95_basis"]> = ["in", "out", "max", "sample_max", "sum"];
export const pathsApiV1ContractsIdPatchRequestBodyContentApplicationJsonLine_itemsServiceValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/contracts/{id}"]["patch"]["requestBody"]["content"]["application/json"]["line_items"]["service"]> = ["rack_space", "whole_rack", "power", "bandwidth", "ip_addresses", "remote_hands", "data_backup", "other"];
export const pathsApiV1ContractsIdPatchRequestBodyContentApplicationJsonLine_itemsBilling_cycleValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/contracts/{id}"]["patch"]["requestBody"]["content"]["application/json"]["line_items"]["billing_cycle"]> = ["monthly", "quarterly", "yearly"];
export const pathsApiV1ContractsIdPatchRequestBodyContentApplicationJsonLine_itemsModeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/contracts/{id}"]["patch"]["requestBody"]["content"]["application/json"]["line_items"]["mode"]> = ["recurring", "one_off", "usage"];
export const pathsApiV1ContractsIdPatchRequestBodyContentApplicationJsonLine_itemsMetricValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/contracts/{id}"]["patch"]["requestBody"]["content"]["application/json"]["line_items"]["metric"]> = ["bandwidth_p95", "power_kwh"];
export const pathsApiV1ContractsIdPatchRequestBodyContentApplicationJsonLine_itemsP95_basisValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/contracts/{id}"]["patch"]["requestBody"]["content"]["application/json"]["line_items"]["p95_basis"]> = ["in", "out", "max", "sample_max", "sum"];
export const pathsApiV1ContractsIdTerminatePostRequestBodyContentApplicationJsonInitiated_byValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/contracts/{id}/terminate"]["post"]["requestBody"]["content"]["application/json"]["initiated_by"]> = ["operator", "customer"];
export const pathsApiV1ContractsIdTerminationRequestsRequest_idDecisionPostRequestBodyContentApplicationJsonActionValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/contracts/{id}/termination-requests/{request_id}/decision"]["post"]["requestBody"]["content"]["application/json"]["action"]> = ["accept", "decline"];
export const pathsApiV1ContractsIdAmendmentsPostRequestBodyContentApplicationJsonChangesLine_itemsServiceValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/contracts/{id}/amendments"]["post"]["requestBody"]["content"]["application/json"]["changes"]["line_items"]["service"]> = ["rack_space", "whole_rack", "power", "bandwidth", "ip_addresses", "remote_hands", "data_backup", "other"];
export const pathsApiV1ContractsIdAmendmentsPostRequestBodyContentApplicationJsonChangesLine_itemsBilling_cycleValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/contracts/{id}/amendments"]["post"]["requestBody"]["content"]["application/json"]["changes"]["line_items"]["billing_cycle"]> = ["monthly", "quarterly", "yearly"];
export const pathsApiV1ContractsIdAmendmentsPostRequestBodyContentApplicationJsonChangesLine_itemsModeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/contracts/{id}/amendments"]["post"]["requestBody"]["content"]["application/json"]["changes"]["line_items"]["mode"]> = ["recurring", "one_off", "usage"];
export const pathsApiV1ContractsIdAmendmentsPostRequestBodyContentApplicationJsonChangesLine_itemsMetricValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/contracts/{id}/amendments"]["post"]["requestBody"]["content"]["application/json"]["changes"]["line_items"]["metric"]> = ["bandwidth_p95", "power_kwh"];
export const pathsApiV1ContractsIdAmendmentsPostRequestBodyContentApplicationJsonChangesLine_itemsP95_basisValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/contracts/{id}/amendments"]["post"]["requestBody"]["content"]["application/json"]["changes"]["line_items"]["p95_basis"]> = ["in", "out", "max", "sample_max", "sum"];
export const pathsApiV1ContractsIdAmendmentsAmendment_idTransitionsPostRequestBodyContentApplicationJsonActionValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/contracts/{id}/amendments/{amendment_id}/transitions"]["post"]["requestBody"]["content"]["application/json"]["action"]> = ["agree", "reject", "withdraw"];
export const pathsApiV1BillingPriceChangesGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/billing/price-changes"]["get"]["parameters"]["query"]["status"]> = ["proposed_by_operator", "proposed_by_customer", "agreed", "effective", "rejected", "withdrawn", "lapsed"];
export const pathsApiV1BillingPaymentsGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/billing/payments"]["get"]["parameters"]["query"]["status"]> = ["received", "reversed"];
export const pathsApiV1BillingPaymentsGetParametersQueryMethodValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/billing/payments"]["get"]["parameters"]["query"]["method"]> = ["bank_transfer", "cash", "cheque", "other"];
export const pathsApiV1BillingPaymentsPostRequestBodyContentApplicationJsonMethodValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/billing/payments"]["post"]["requestBody"]["content"]["application/json"]["method"]> = ["bank_transfer", "cash", "cheque", "other"];
export const pathsApiV1BillingPaymentsPreviewPostRequestBodyContentApplicationJsonMethodValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/billing/payments/preview"]["post"]["requestBody"]["content"]["application/json"]["method"]> = ["bank_transfer", "cash", "cheque", "other"];
export const pathsApiV1BillingDepositsGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/billing/deposits"]["get"]["parameters"]["query"]["status"]> = ["held", "released", "offset"];
export const pathsApiV1BillingDepositsIdSettlePostRequestBodyContentApplicationJsonActionValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/billing/deposits/{id}/settle"]["post"]["requestBody"]["content"]["application/json"]["action"]> = ["release", "offset"];
export const pathsApiV1ServicedeskMaintenanceGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/servicedesk/maintenance"]["get"]["parameters"]["query"]["status"]> = ["scheduled", "cancelled", "completed"];
export const pathsApiV1ServicedeskMaintenancePostRequestBodyContentApplicationJsonObjectsKindValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/servicedesk/maintenance"]["post"]["requestBody"]["content"]["application/json"]["objects"]["kind"]> = ["device", "rack"];
export const pathsApiV1ServicedeskTicketsGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/servicedesk/tickets"]["get"]["parameters"]["query"]["status"]> = ["new", "assigned", "in_progress", "waiting_for_customer", "resolved", "closed"];
export const pathsApiV1ServicedeskTicketsGetParametersQueryTypeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/servicedesk/tickets"]["get"]["parameters"]["query"]["type"]> = ["incident", "service_request", "complaint", "consultation", "compensation"];
export const pathsApiV1ServicedeskTicketsGetParametersQueryPriorityValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/servicedesk/tickets"]["get"]["parameters"]["query"]["priority"]> = ["P1", "P2", "P3", "P4"];
export const pathsApiV1ServicedeskTicketsGetParametersQueryGroupValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/servicedesk/tickets"]["get"]["parameters"]["query"]["group"]> = ["operations", "technical", "business", "finance"];
export const pathsApiV1ServicedeskTicketsPostRequestBodyContentApplicationJsonTypeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/servicedesk/tickets"]["post"]["requestBody"]["content"]["application/json"]["type"]> = ["incident", "service_request", "complaint", "consultation", "compensation"];
export const pathsApiV1ServicedeskTicketsPostRequestBodyContentApplicationJsonCategoryValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/servicedesk/tickets"]["post"]["requestBody"]["content"]["application/json"]["category"]> = ["remote_hands", "cabling", "equipment_in", "equipment_out", "reboot", "installation"];
export const pathsApiV1ServicedeskTicketsPostRequestBodyContentApplicationJsonGroupValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/servicedesk/tickets"]["post"]["requestBody"]["content"]["application/json"]["group"]> = ["operations", "technical", "business", "finance"];
export const pathsApiV1ServicedeskTicketsPostRequestBodyContentApplicationJsonObjectsKindValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/servicedesk/tickets"]["post"]["requestBody"]["content"]["application/json"]["objects"]["kind"]> = ["device", "rack"];
export const pathsApiV1ServicedeskTicketsIdActionsPostRequestBodyContentApplicationJsonActionValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/servicedesk/tickets/{id}/actions"]["post"]["requestBody"]["content"]["application/json"]["action"]> = ["assign", "start", "wait", "customer_reply", "resolve", "close", "reopen"];
export const pathsApiV1ServicedeskTicketsIdActionsPostRequestBodyContentApplicationJsonGroupValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/servicedesk/tickets/{id}/actions"]["post"]["requestBody"]["content"]["application/json"]["group"]> = ["operations", "technical", "business", "finance"];
export const pathsApiV1ServicedeskCalendarGetResponses200ContentApplicationJsonDaysKindValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/servicedesk/calendar"]["get"]["responses"]["200"]["content"]["application/json"]["days"]["kind"]> = ["holiday", "workday"];
export const pathsApiV1ServicedeskCalendarYearPutRequestBodyContentApplicationJsonDaysKindValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/servicedesk/calendar/{year}"]["put"]["requestBody"]["content"]["application/json"]["days"]["kind"]> = ["holiday", "workday"];
export const pathsApiV1ServicedeskContractsIdTargetsGetResponses200ContentApplicationJsonCalendarValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/servicedesk/contracts/{id}/targets"]["get"]["responses"]["200"]["content"]["application/json"]["calendar"]> = ["7x24", "working_hours"];
export const pathsApiV1ServicedeskContractsIdTargetsPutRequestBodyContentApplicationJsonCalendarValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/servicedesk/contracts/{id}/targets"]["put"]["requestBody"]["content"]["application/json"]["calendar"]> = ["7x24", "working_hours"];
export const pathsApiV1ServicedeskContractsIdTargetsPutResponses200ContentApplicationJsonCalendarValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/servicedesk/contracts/{id}/targets"]["put"]["responses"]["200"]["content"]["application/json"]["calendar"]> = ["7x24", "working_hours"];
export const pathsApiV1ServicedeskLevelsClaimsIdDecisionPostRequestBodyContentApplicationJsonActionValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/servicedesk/levels/claims/{id}/decision"]["post"]["requestBody"]["content"]["application/json"]["action"]> = ["assess", "agree", "reject"];
export const pathsApiV1ServicedeskLevelsActionsIdStepsPostRequestBodyContentApplicationJsonActionValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/servicedesk/levels/actions/{id}/steps"]["post"]["requestBody"]["content"]["application/json"]["action"]> = ["start", "verify", "reject", "close"];
export const pathsApiV1UsageMetersGetParametersQueryKindValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/usage/meters"]["get"]["parameters"]["query"]["kind"]> = ["bandwidth", "power"];
export const pathsApiV1UsageMetersGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/usage/meters"]["get"]["parameters"]["query"]["status"]> = ["active", "retired"];
export const pathsApiV1UsageMetersPostRequestBodyContentApplicationJsonKindValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/usage/meters"]["post"]["requestBody"]["content"]["application/json"]["kind"]> = ["bandwidth", "power"];
export const pathsApiV1UsageMetersPostRequestBodyContentApplicationJsonStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/usage/meters"]["post"]["requestBody"]["content"]["application/json"]["status"]> = ["active", "retired"];
export const pathsApiV1UsageMetersIdPatchRequestBodyContentApplicationJsonKindValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/usage/meters/{id}"]["patch"]["requestBody"]["content"]["application/json"]["kind"]> = ["bandwidth", "power"];
export const pathsApiV1UsageMetersIdPatchRequestBodyContentApplicationJsonStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/usage/meters/{id}"]["patch"]["requestBody"]["content"]["application/json"]["status"]> = ["active", "retired"];
export const pathsApiV1UsageMetersIdSamplesPostRequestBodyContentApplicationJsonCounter_widthValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/usage/meters/{id}/samples"]["post"]["requestBody"]["content"]["application/json"]["counter_width"]> = [32, 64];
export const pathsApiV1UsageMetersIdSeriesGetParametersQueryStepValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/usage/meters/{id}/series"]["get"]["parameters"]["query"]["step"]> = ["auto", "5m", "1h", "1d"];
export const pathsApiV1BillingInvoicesGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/billing/invoices"]["get"]["parameters"]["query"]["status"]> = ["issued", "partially_paid", "paid", "void", "credited"];
export const pathsApiV1BillingInvoicesGetParametersQueryKindValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/billing/invoices"]["get"]["parameters"]["query"]["kind"]> = ["invoice", "credit_note"];
export const pathsApiV1CustomersIdBillingProfilePutRequestBodyContentApplicationJsonFapiao_typeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/customers/{id}/billing-profile"]["put"]["requestBody"]["content"]["application/json"]["fapiao_type"]> = ["special", "normal"];
export const pathsApiV1BillingSuspensionsPostRequestBodyContentApplicationJsonReasonValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/billing/suspensions"]["post"]["requestBody"]["content"]["application/json"]["reason"]> = ["non_payment", "abuse", "overuse"];
export const pathsApiV1BillingSuspensionsIdTransitionsPostRequestBodyContentApplicationJsonActionValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/billing/suspensions/{id}/transitions"]["post"]["requestBody"]["content"]["application/json"]["action"]> = ["approve", "reject", "withdraw", "propose_lift", "approve_lift", "reject_lift"];
export const pathsApiV1MonitoringDevicesGetParametersQuerySnmp_versionValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/monitoring/devices"]["get"]["parameters"]["query"]["snmp_version"]> = ["none", "v2c", "v3"];
export const pathsApiV1MonitoringDevicesIdPutRequestBodyContentApplicationJsonSnmp_versionValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/monitoring/devices/{id}"]["put"]["requestBody"]["content"]["application/json"]["snmp_version"]> = ["none", "v2c", "v3"];
export const pathsApiV1MonitoringDevicesIdChecksPostRequestBodyContentApplicationJsonKindValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/monitoring/devices/{id}/checks"]["post"]["requestBody"]["content"]["application/json"]["kind"]> = ["tcp", "http"];
export const pathsApiV1MonitoringAlertsGetParametersQueryStateValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/monitoring/alerts"]["get"]["parameters"]["query"]["state"]> = ["firing", "acknowledged", "resolved", "open"];
export const pathsApiV1MonitoringAlertsGetParametersQuerySeverityValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/monitoring/alerts"]["get"]["parameters"]["query"]["severity"]> = ["info", "warning", "critical"];
export const pathsApiV1MonitoringMaintenancePostRequestBodyContentApplicationJsonScopeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/monitoring/maintenance"]["post"]["requestBody"]["content"]["application/json"]["scope"]> = ["device", "rack", "room"];
export const pathsApiV1MonitoringMaintenanceIdPutRequestBodyContentApplicationJsonScopeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/monitoring/maintenance/{id}"]["put"]["requestBody"]["content"]["application/json"]["scope"]> = ["device", "rack", "room"];
export const pathsApiV1FacilityPeopleGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/facility/people"]["get"]["parameters"]["query"]["status"]> = ["pending", "approved", "rejected"];
export const pathsApiV1FacilityPeoplePostRequestBodyContentApplicationJsonId_typeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/facility/people"]["post"]["requestBody"]["content"]["application/json"]["id_type"]> = ["resident_id", "passport", "hk_macao_permit", "taiwan_permit", "other"];
export const pathsApiV1FacilityVisitsGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/facility/visits"]["get"]["parameters"]["query"]["status"]> = ["requested", "approved", "rejected", "checked_in", "checked_out", "cancelled"];
export const pathsApiV1FacilityEntriesGetParametersQueryEventValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/facility/entries"]["get"]["parameters"]["query"]["event"]> = ["check_in", "check_out", "refused"];
export const pathsApiV1FacilitySlipsGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/facility/slips"]["get"]["parameters"]["query"]["status"]> = ["requested", "approved", "rejected", "completed", "cancelled"];
export const pathsApiV1FacilitySlipsGetParametersQueryDirectionValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/facility/slips"]["get"]["parameters"]["query"]["direction"]> = ["in", "out"];
export const pathsApiV1FacilitySlipsPostRequestBodyContentApplicationJsonDirectionValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/facility/slips"]["post"]["requestBody"]["content"]["application/json"]["direction"]> = ["in", "out"];
export const pathsApiV1FacilityChangesGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/facility/changes"]["get"]["parameters"]["query"]["status"]> = ["submitted", "technical_approved", "approved", "rejected", "in_progress", "closed", "cancelled"];
export const pathsApiV1FacilityChangesGetParametersQueryRiskValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/facility/changes"]["get"]["parameters"]["query"]["risk"]> = ["low", "medium", "high"];
export const pathsApiV1FacilityChangesPostRequestBodyContentApplicationJsonRiskValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/facility/changes"]["post"]["requestBody"]["content"]["application/json"]["risk"]> = ["low", "medium", "high"];
export const pathsApiV1FacilityChangesIdActionsPostRequestBodyContentApplicationJsonActionValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/facility/changes/{id}/actions"]["post"]["requestBody"]["content"]["application/json"]["action"]> = ["approve", "reject", "start", "close", "cancel"];
export const pathsApiV1FacilityChangesIdActionsPostRequestBodyContentApplicationJsonResultValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/facility/changes/{id}/actions"]["post"]["requestBody"]["content"]["application/json"]["result"]> = ["successful", "rolled_back", "failed"];
export const pathsApiV1ConfigsDevicesGetParametersQueryVendorValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/configs/devices"]["get"]["parameters"]["query"]["vendor"]> = ["cisco_ios", "cisco_nxos", "huawei_vrp", "h3c_comware", "juniper_junos"];
export const pathsApiV1ConfigsDevicesGetParametersQueryLast_resultValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/configs/devices"]["get"]["parameters"]["query"]["last_result"]> = ["ok", "unchanged", "failed"];
export const pathsApiV1ConfigsDevicesIdPutRequestBodyContentApplicationJsonVendorValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/configs/devices/{id}"]["put"]["requestBody"]["content"]["application/json"]["vendor"]> = ["cisco_ios", "cisco_nxos", "huawei_vrp", "h3c_comware", "juniper_junos"];
export const pathsApiV1ConfigsFetchesGetParametersQueryResultValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/configs/fetches"]["get"]["parameters"]["query"]["result"]> = ["ok", "unchanged", "failed"];
export const pathsApiV1FacilityPlansGetParametersQueryScenarioValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/facility/plans"]["get"]["parameters"]["query"]["scenario"]> = ["power_failure", "fire", "cooling_failure", "network_outage", "flooding"];
export const pathsApiV1FacilityPlansPostRequestBodyContentApplicationJsonScenarioValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/facility/plans"]["post"]["requestBody"]["content"]["application/json"]["scenario"]> = ["power_failure", "fire", "cooling_failure", "network_outage", "flooding"];
export const pathsApiV1FacilityDrillsGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/facility/drills"]["get"]["parameters"]["query"]["status"]> = ["scheduled", "held", "cancelled"];
export const pathsApiV1FacilityDrillsGetParametersQueryScenarioValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/facility/drills"]["get"]["parameters"]["query"]["scenario"]> = ["power_failure", "fire", "cooling_failure", "network_outage", "flooding"];
export const pathsApiV1FacilityDrillsIdEntriesPostRequestBodyContentApplicationJsonKindValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/facility/drills/{id}/entries"]["post"]["requestBody"]["content"]["application/json"]["kind"]> = ["timeline", "finding"];
export const pathsApiV1FacilityAssetsGetParametersQueryKindValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/facility/assets"]["get"]["parameters"]["query"]["kind"]> = ["ups", "battery_string", "generator", "ats", "crac", "gas_suppression", "fire_detection", "distribution_board"];
export const pathsApiV1FacilityAssetsGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/facility/assets"]["get"]["parameters"]["query"]["status"]> = ["in_service", "standby", "fault", "retired"];
export const pathsApiV1FacilityAssetsPostRequestBodyContentApplicationJsonKindValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/facility/assets"]["post"]["requestBody"]["content"]["application/json"]["kind"]> = ["ups", "battery_string", "generator", "ats", "crac", "gas_suppression", "fire_detection", "distribution_board"];
export const pathsApiV1FacilityAssetsPostRequestBodyContentApplicationJsonStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/facility/assets"]["post"]["requestBody"]["content"]["application/json"]["status"]> = ["in_service", "standby", "fault", "retired"];
export const pathsApiV1FacilityAssetsIdPatchRequestBodyContentApplicationJsonKindValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/facility/assets/{id}"]["patch"]["requestBody"]["content"]["application/json"]["kind"]> = ["ups", "battery_string", "generator", "ats", "crac", "gas_suppression", "fire_detection", "distribution_board"];
export const pathsApiV1FacilityAssetsIdPatchRequestBodyContentApplicationJsonStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/facility/assets/{id}"]["patch"]["requestBody"]["content"]["application/json"]["status"]> = ["in_service", "standby", "fault", "retired"];
export const pathsApiV1FacilityMaintenancePlansGetParametersQueryKindValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/facility/maintenance-plans"]["get"]["parameters"]["query"]["kind"]> = ["ups", "battery_string", "generator", "ats", "crac", "gas_suppression", "fire_detection", "distribution_board"];
export const pathsApiV1FacilityMaintenancePlansPostRequestBodyContentApplicationJsonAsset_kindValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/facility/maintenance-plans"]["post"]["requestBody"]["content"]["application/json"]["asset_kind"]> = ["ups", "battery_string", "generator", "ats", "crac", "gas_suppression", "fire_detection", "distribution_board"];
export const pathsApiV1FacilityMaintenancePlansPostRequestBodyContentApplicationJsonUnitValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/facility/maintenance-plans"]["post"]["requestBody"]["content"]["application/json"]["unit"]> = ["days", "months"];
export const pathsApiV1FacilityMaintenancePlansPostRequestBodyContentApplicationJsonChecklistKindValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/facility/maintenance-plans"]["post"]["requestBody"]["content"]["application/json"]["checklist"]["kind"]> = ["check", "reading", "photo"];
export const pathsApiV1FacilityMaintenancePlansIdPatchRequestBodyContentApplicationJsonAsset_kindValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/facility/maintenance-plans/{id}"]["patch"]["requestBody"]["content"]["application/json"]["asset_kind"]> = ["ups", "battery_string", "generator", "ats", "crac", "gas_suppression", "fire_detection", "distribution_board"];
export const pathsApiV1FacilityMaintenancePlansIdPatchRequestBodyContentApplicationJsonUnitValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/facility/maintenance-plans/{id}"]["patch"]["requestBody"]["content"]["application/json"]["unit"]> = ["days", "months"];
export const pathsApiV1FacilityMaintenancePlansIdPatchRequestBodyContentApplicationJsonChecklistKindValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/facility/maintenance-plans/{id}"]["patch"]["requestBody"]["content"]["application/json"]["checklist"]["kind"]> = ["check", "reading", "photo"];
export const pathsApiV1FacilityWorkOrdersGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/facility/work-orders"]["get"]["parameters"]["query"]["status"]> = ["open", "assigned", "completed", "closed"];
export const pathsApiV1FacilityWorkOrdersGetParametersQueryKindValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/facility/work-orders"]["get"]["parameters"]["query"]["kind"]> = ["ups", "battery_string", "generator", "ats", "crac", "gas_suppression", "fire_detection", "distribution_board"];
export const pathsApiV1FacilityPatrolTemplatesPostRequestBodyContentApplicationJsonCheckpointsKindValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/facility/patrol-templates"]["post"]["requestBody"]["content"]["application/json"]["checkpoints"]["kind"]> = ["room", "rack", "asset", "yard"];
export const pathsApiV1FacilityPatrolTemplatesPostRequestBodyContentApplicationJsonCheckpointsItemsKindValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/facility/patrol-templates"]["post"]["requestBody"]["content"]["application/json"]["checkpoints"]["items"]["kind"]> = ["check", "reading", "photo"];
export const pathsApiV1FacilityPatrolTemplatesIdPutRequestBodyContentApplicationJsonCheckpointsKindValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/facility/patrol-templates/{id}"]["put"]["requestBody"]["content"]["application/json"]["checkpoints"]["kind"]> = ["room", "rack", "asset", "yard"];
export const pathsApiV1FacilityPatrolTemplatesIdPutRequestBodyContentApplicationJsonCheckpointsItemsKindValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/facility/patrol-templates/{id}"]["put"]["requestBody"]["content"]["application/json"]["checkpoints"]["items"]["kind"]> = ["check", "reading", "photo"];
export const pathsApiV1FacilityPatrolSchedulesPostRequestBodyContentApplicationJsonKindValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/facility/patrol-schedules"]["post"]["requestBody"]["content"]["application/json"]["kind"]> = ["every_hours", "daily", "weekly"];
export const pathsApiV1FacilityPatrolRoundsGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/facility/patrol-rounds"]["get"]["parameters"]["query"]["status"]> = ["due", "in_progress", "submitted"];
export const pathsApiV1FacilityFindingsGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/facility/findings"]["get"]["parameters"]["query"]["status"]> = ["open", "assigned", "rectified", "verified", "dismissed"];
export const pathsApiV1DisputesGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/disputes"]["get"]["parameters"]["query"]["status"]> = ["negotiating", "escalated", "resolved", "withdrawn"];
export const pathsApiV1DisputesGetParametersQuerySource_typeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/disputes"]["get"]["parameters"]["query"]["source_type"]> = ["direct", "complaint", "invoice", "breach"];
export const pathsApiV1DisputesPostRequestBodyContentApplicationJsonSource_typeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/disputes"]["post"]["requestBody"]["content"]["application/json"]["source_type"]> = ["direct", "complaint", "invoice", "breach"];
export const pathsApiV1DisputesPostRequestBodyContentApplicationJsonRaised_byValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/disputes"]["post"]["requestBody"]["content"]["application/json"]["raised_by"]> = ["customer", "operator"];
export const pathsApiV1DisputesIdEntriesPostRequestBodyContentApplicationJsonKindValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/disputes/{id}/entries"]["post"]["requestBody"]["content"]["application/json"]["kind"]> = ["meeting", "proposal", "document", "note", "hearing"];
export const pathsApiV1DisputesIdLinksPostRequestBodyContentApplicationJsonObject_typeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/disputes/{id}/links"]["post"]["requestBody"]["content"]["application/json"]["object_type"]> = ["invoice", "ticket", "breach", "entry"];
export const pathsApiV1DisputesIdEscalatePostRequestBodyContentApplicationJsonForum_kindValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/disputes/{id}/escalate"]["post"]["requestBody"]["content"]["application/json"]["forum_kind"]> = ["arbitration", "court"];
export const pathsApiV1DisputesIdClosePostRequestBodyContentApplicationJsonOutcomeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/disputes/{id}/close"]["post"]["requestBody"]["content"]["application/json"]["outcome"]> = ["credit", "payment_plan", "termination", "no_change", "withdrawn"];
export const pathsApiV1BreachesGetParametersQueryPartyValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/breaches"]["get"]["parameters"]["query"]["party"]> = ["customer", "operator"];
export const pathsApiV1BreachesGetParametersQueryKindValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/breaches"]["get"]["parameters"]["query"]["kind"]> = ["non_payment", "over_use", "abuse", "prohibited_content", "sla_failure", "data_loss", "unauthorised_disclosure"];
export const pathsApiV1BreachesGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/breaches"]["get"]["parameters"]["query"]["status"]> = ["open", "decided", "closed", "proposed"];
export const pathsApiV1BreachesPostRequestBodyContentApplicationJsonPartyValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/breaches"]["post"]["requestBody"]["content"]["application/json"]["party"]> = ["customer", "operator"];
export const pathsApiV1BreachesPostRequestBodyContentApplicationJsonKindValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/breaches"]["post"]["requestBody"]["content"]["application/json"]["kind"]> = ["non_payment", "over_use", "abuse", "prohibited_content", "sla_failure", "data_loss", "unauthorised_disclosure"];
export const pathsApiV1BreachesIdEvidencePostRequestBodyContentApplicationJsonObject_typeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/breaches/{id}/evidence"]["post"]["requestBody"]["content"]["application/json"]["object_type"]> = ["ticket", "invoice", "alert", "entry", "document"];
export const pathsApiV1BreachesIdDecisionPostRequestBodyContentApplicationJsonConsequenceValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/breaches/{id}/decision"]["post"]["requestBody"]["content"]["application/json"]["consequence"]> = ["none", "penalty", "suspension", "compensation", "termination"];
export const pathsApiV1ConfidentialityLevelsPostRequestBodyContentApplicationJsonCategoryValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/confidentiality/levels"]["post"]["requestBody"]["content"]["application/json"]["category"]> = ["contacts", "authorised_people", "devices", "network_plans", "contracts", "invoices", "tickets"];
export const pathsApiV1ConfidentialityLevelsPostRequestBodyContentApplicationJsonLevelValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/confidentiality/levels"]["post"]["requestBody"]["content"]["application/json"]["level"]> = ["public", "internal", "confidential", "secret"];
export const pathsApiV1ConfidentialityDisclosuresGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/confidentiality/disclosures"]["get"]["parameters"]["query"]["status"]> = ["requested", "approved", "rejected", "disclosed"];
export const pathsApiV1ConfidentialityDisclosuresPostRequestBodyContentApplicationJsonRecipient_kindValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/confidentiality/disclosures"]["post"]["requestBody"]["content"]["application/json"]["recipient_kind"]> = ["authority", "third_party"];
export const pathsApiV1ConfidentialityDisclosuresPostRequestBodyContentApplicationJsonCategoriesValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/confidentiality/disclosures"]["post"]["requestBody"]["content"]["application/json"]["categories"]> = ["contacts", "authorised_people", "devices", "network_plans", "contracts", "invoices", "tickets"];
export const pathsApiV1ConfidentialityDisclosuresPostRequestBodyContentApplicationJsonBasisValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/confidentiality/disclosures"]["post"]["requestBody"]["content"]["application/json"]["basis"]> = ["consent", "legal"];
export const pathsApiV1ConfidentialityCustomersIdExportSectionGetResponses200ContentApplicationJsonSectionValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/confidentiality/customers/{id}/export/{section}"]["get"]["responses"]["200"]["content"]["application/json"]["section"]> = ["customer", "contacts", "authorised_people", "contracts", "invoices", "tickets", "devices", "prefixes", "vlans", "disclosures"];
export const pathsApiV1BackupsPlansGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/backups/plans"]["get"]["parameters"]["query"]["status"]> = ["active", "paused"];
export const pathsApiV1BackupsPlansPostRequestBodyContentApplicationJsonSource_kindValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/backups/plans"]["post"]["requestBody"]["content"]["application/json"]["source_kind"]> = ["paths", "command", "ssh"];
export const pathsApiV1BackupsPlansPostRequestBodyContentApplicationJsonSchedule_kindValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/backups/plans"]["post"]["requestBody"]["content"]["application/json"]["schedule_kind"]> = ["interval", "daily"];
export const pathsApiV1BackupsPlansPostRequestBodyContentApplicationJsonStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/backups/plans"]["post"]["requestBody"]["content"]["application/json"]["status"]> = ["active", "paused"];
export const pathsApiV1BackupsPlansIdPutRequestBodyContentApplicationJsonSource_kindValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/backups/plans/{id}"]["put"]["requestBody"]["content"]["application/json"]["source_kind"]> = ["paths", "command", "ssh"];
export const pathsApiV1BackupsPlansIdPutRequestBodyContentApplicationJsonSchedule_kindValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/backups/plans/{id}"]["put"]["requestBody"]["content"]["application/json"]["schedule_kind"]> = ["interval", "daily"];
export const pathsApiV1BackupsPlansIdPutRequestBodyContentApplicationJsonStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/backups/plans/{id}"]["put"]["requestBody"]["content"]["application/json"]["status"]> = ["active", "paused"];
export const pathsApiV1BackupsRunsGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/backups/runs"]["get"]["parameters"]["query"]["status"]> = ["running", "succeeded", "failed"];
export const pathsApiV1BackupsRunsGetParametersQueryEngineValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/backups/runs"]["get"]["parameters"]["query"]["engine"]> = ["restic", "veeam", "bacula", "other"];
export const pathsApiV1BackupsRunsGetParametersQueryKindValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/backups/runs"]["get"]["parameters"]["query"]["kind"]> = ["backup", "restore_test"];
export const pathsApiV1BackupsRunsReportedPostRequestBodyContentApplicationJsonEngineValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/backups/runs/reported"]["post"]["requestBody"]["content"]["application/json"]["engine"]> = ["veeam", "bacula", "other"];
export const pathsApiV1BackupsRunsReportedPostRequestBodyContentApplicationJsonStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/backups/runs/reported"]["post"]["requestBody"]["content"]["application/json"]["status"]> = ["succeeded", "failed"];
export const pathsApiV1BackupsRestoresGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/backups/restores"]["get"]["parameters"]["query"]["status"]> = ["requested", "approved", "rejected", "running", "verified", "failed", "confirmed"];
export const pathsApiV1BackupsRestoresPostRequestBodyContentApplicationJsonTarget_kindValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/backups/restores"]["post"]["requestBody"]["content"]["application/json"]["target_kind"]> = ["original", "path"];
export const pathsApiV1FirewallRequestsGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/firewall/requests"]["get"]["parameters"]["query"]["status"]> = ["submitted", "approved", "rejected"];
export const pathsApiV1FirewallRequestsGetParametersQueryActionValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/firewall/requests"]["get"]["parameters"]["query"]["action"]> = ["open", "close"];
export const pathsApiV1FirewallRequestsGetParametersQueryRisk_levelValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/firewall/requests"]["get"]["parameters"]["query"]["risk_level"]> = ["low", "medium", "high"];
export const pathsApiV1FirewallRequestsPostRequestBodyContentApplicationJsonActionValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/firewall/requests"]["post"]["requestBody"]["content"]["application/json"]["action"]> = ["open", "close"];
export const pathsApiV1FirewallRequestsIdReviewPostRequestBodyContentApplicationJsonDecisionValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/firewall/requests/{id}/review"]["post"]["requestBody"]["content"]["application/json"]["decision"]> = ["approve", "reject"];
export const pathsApiV1FirewallRequestsIdReviewPostRequestBodyContentApplicationJsonRisk_levelValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/firewall/requests/{id}/review"]["post"]["requestBody"]["content"]["application/json"]["risk_level"]> = ["low", "medium", "high"];
export const pathsApiV1VulnsConsentsPostRequestBodyContentApplicationJsonSourceValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/vulns/consents"]["post"]["requestBody"]["content"]["application/json"]["source"]> = ["portal", "signed"];
export const pathsApiV1VulnsAllowedPortsPostRequestBodyContentApplicationJsonProtocolValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/vulns/allowed-ports"]["post"]["requestBody"]["content"]["application/json"]["protocol"]> = ["tcp", "udp"];
export const pathsApiV1VulnsSchedulesPostRequestBodyContentApplicationJsonProfileValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/vulns/schedules"]["post"]["requestBody"]["content"]["application/json"]["profile"]> = ["top", "full", "service"];
export const pathsApiV1VulnsSchedulesIdPutRequestBodyContentApplicationJsonProfileValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/vulns/schedules/{id}"]["put"]["requestBody"]["content"]["application/json"]["profile"]> = ["top", "full", "service"];
export const pathsApiV1VulnsScansGetParametersQueryKindValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/vulns/scans"]["get"]["parameters"]["query"]["kind"]> = ["nmap", "nmap_import", "openvas_import"];
export const pathsApiV1VulnsScansGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/vulns/scans"]["get"]["parameters"]["query"]["status"]> = ["running", "done", "failed"];
export const pathsApiV1VulnsScansPostRequestBodyContentApplicationJsonProfileValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/vulns/scans"]["post"]["requestBody"]["content"]["application/json"]["profile"]> = ["top", "full", "service"];
export const pathsApiV1VulnsScansImportPostParametersQueryKindValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/vulns/scans/import"]["post"]["parameters"]["query"]["kind"]> = ["nmap_import", "openvas_import"];
export const pathsApiV1VulnsFindingsGetParametersQuerySeverityValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/vulns/findings"]["get"]["parameters"]["query"]["severity"]> = ["critical", "high", "medium", "low", "info"];
export const pathsApiV1VulnsFindingsGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/vulns/findings"]["get"]["parameters"]["query"]["status"]> = ["open", "acknowledged", "fixed", "verified", "accepted"];
export const pathsApiV1VulnsAssessmentsGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/vulns/assessments"]["get"]["parameters"]["query"]["status"]> = ["open", "closed"];
export const pathsApiV1VulnsAssessmentsIdItemsPostRequestBodyContentApplicationJsonKindValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/vulns/assessments/{id}/items"]["post"]["requestBody"]["content"]["application/json"]["kind"]> = ["finding", "action"];
export const pathsApiV1VulnsAssessmentsIdItemsPostRequestBodyContentApplicationJsonSeverityValues: ReadonlyArray<FlattenedDeepRequired<paths>["/api/v1/vulns/assessments/{id}/items"]["post"]["requestBody"]["content"]["application/json"]["severity"]> = ["critical", "high", "medium", "low", "info"];
export const versionDatabaseValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Version"]["database"]> = ["sqlite", "postgresql"];
export const signInSecond_factorValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SignIn"]["second_factor"]> = ["totp", "totp_enrol"];
export const customerStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Customer"]["status"]> = ["prospect", "active", "suspended", "closed"];
export const utilisationScopeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Utilisation"]["scope"]> = ["site", "room", "row", "rack"];
export const rackListItemStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RackListItem"]["status"]> = ["planned", "active", "reserved", "decommissioned"];
export const rackStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Rack"]["status"]> = ["planned", "active", "reserved", "decommissioned"];
export const powerFeedSideValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PowerFeed"]["side"]> = ["A", "B"];
export const powerFeedPhaseValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PowerFeed"]["phase"]> = ["single", "three"];
export const powerFeedStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PowerFeed"]["status"]> = ["active", "planned", "offline"];
export const rackDetailStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RackDetail"]["status"]> = ["planned", "active", "reserved", "decommissioned"];
export const elevationUnitKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ElevationUnit"]["kind"]> = ["device", "reserved"];
export const elevationUnitFaceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ElevationUnit"]["face"]> = ["front", "rear", "both"];
export const deviceStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Device"]["status"]> = ["planned", "installed", "active", "maintenance", "decommissioned"];
export const deviceRoleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Device"]["role"]> = ["server", "switch", "router", "firewall", "pdu", "storage", "other"];
export const deviceFeedValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Device"]["feed"]> = ["A", "B"];
export const vlanStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Vlan"]["status"]> = ["active", "reserved", "deprecated"];
export const cableTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Cable"]["type"]> = ["cat6", "cat6a", "mmf-om4", "smf-os2", "dac", "power"];
export const cableStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Cable"]["status"]> = ["planned", "connected", "decommissioned"];
export const prefixStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Prefix"]["status"]> = ["container", "active", "reserved", "deprecated"];
export const ipAddressStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["IpAddress"]["status"]> = ["active", "reserved", "deprecated", "dhcp"];
export const notificationEmail_statusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Notification"]["email_status"]> = ["none", "pending", "sent", "failed", "dead"];
export const deliveryChannelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Delivery"]["channel"]> = ["email", "webhook"];
export const deliveryStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Delivery"]["status"]> = ["delivered", "failed", "not_configured"];
export const deliveryOutbox_statusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Delivery"]["outbox_status"]> = ["pending", "delivered", "dead"];
export const outboxEntryStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["OutboxEntry"]["status"]> = ["pending", "delivered", "dead"];
export const emailStatusStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["EmailStatus"]["status"]> = ["none", "pending", "sent", "failed", "dead"];
export const notificationSettingsLanguageValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["NotificationSettings"]["language"]> = ["zh-CN", "en-US"];
export const applicationNeedsSpaceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ApplicationNeeds"]["space"]> = ["units", "racks"];
export const applicationNeedsExtra_servicesValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ApplicationNeeds"]["extra_services"]> = ["remote_hands", "data_backup"];
export const applicationStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Application"]["status"]> = ["draft", "business_review", "technical_review", "management_review", "approved", "contracted", "returned", "rejected", "withdrawn"];
export const applicationDetailStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ApplicationDetail"]["status"]> = ["draft", "business_review", "technical_review", "management_review", "approved", "contracted", "returned", "rejected", "withdrawn"];
export const feasibilityBandwidthStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Feasibility"]["bandwidth"]["status"]> = ["ok", "insufficient", "unknown"];
export const feasibilityIpv4StatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Feasibility"]["ipv4"]["status"]> = ["ok", "insufficient", "unknown"];
export const catalogueItemServiceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CatalogueItem"]["service"]> = ["rack_space", "whole_rack", "power", "bandwidth", "ip_addresses", "remote_hands", "data_backup", "other"];
export const catalogueItemModeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CatalogueItem"]["mode"]> = ["recurring", "one_off", "usage"];
export const catalogueItemBilling_cycleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CatalogueItem"]["billing_cycle"]> = ["monthly", "quarterly", "yearly"];
export const contractStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Contract"]["status"]> = ["draft", "signed", "active", "expired", "terminated"];
export const lineItemServiceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["LineItem"]["service"]> = ["rack_space", "whole_rack", "power", "bandwidth", "ip_addresses", "remote_hands", "data_backup", "other"];
export const lineItemBilling_cycleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["LineItem"]["billing_cycle"]> = ["monthly", "quarterly", "yearly"];
export const lineItemModeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["LineItem"]["mode"]> = ["recurring", "one_off", "usage"];
export const lineItemP95_basisValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["LineItem"]["p95_basis"]> = ["in", "out", "max", "sample_max", "sum"];
export const contractTermsCurrencyValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ContractTerms"]["currency"]> = ["CNY"];
export const contractVersionReasonValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ContractVersion"]["reason"]> = ["initial", "amendment", "renewal"];
export const amendmentProposerSideValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AmendmentProposer"]["side"]> = ["operator", "customer"];
export const priceRiseServiceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PriceRise"]["service"]> = ["rack_space", "whole_rack", "power", "bandwidth", "ip_addresses", "remote_hands", "data_backup", "other"];
export const priceRiseBilling_cycleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PriceRise"]["billing_cycle"]> = ["monthly", "quarterly", "yearly"];
export const amendmentStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Amendment"]["status"]> = ["proposed_by_operator", "proposed_by_customer", "agreed", "effective", "rejected", "withdrawn", "lapsed"];
export const settlementItemKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SettlementItem"]["kind"]> = ["final_invoice", "deposit", "equipment_move_out", "reservations_released", "addresses_reclaimed"];
export const terminationRequestStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["TerminationRequest"]["status"]> = ["open", "accepted", "declined", "closed"];
export const contractDetailStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ContractDetail"]["status"]> = ["draft", "signed", "active", "expired", "terminated"];
export const priceChangeStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PriceChange"]["status"]> = ["proposed_by_operator", "proposed_by_customer", "agreed", "effective", "rejected", "withdrawn", "lapsed"];
export const priceChangeProposed_by_sideValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PriceChange"]["proposed_by_side"]> = ["operator", "customer"];
export const paymentMethodValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Payment"]["method"]> = ["bank_transfer", "cash", "cheque", "other"];
export const paymentStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Payment"]["status"]> = ["received", "reversed"];
export const paymentDetailMethodValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PaymentDetail"]["method"]> = ["bank_transfer", "cash", "cheque", "other"];
export const paymentDetailStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PaymentDetail"]["status"]> = ["received", "reversed"];
export const statementEntryKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["StatementEntry"]["kind"]> = ["invoice", "credit_note", "payment", "reversal", "refund", "deposit_taken", "deposit_offset"];
export const refundSourceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Refund"]["source"]> = ["credit", "deposit"];
export const depositStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Deposit"]["status"]> = ["held", "released", "offset"];
export const searchGroupTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SearchGroup"]["type"]> = ["devices", "racks", "customers", "contracts", "applications", "addresses", "prefixes"];
export const servicedeskMaintenanceStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ServicedeskMaintenance"]["status"]> = ["scheduled", "cancelled", "completed"];
export const servicedeskTicketTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ServicedeskTicket"]["type"]> = ["incident", "service_request", "complaint", "consultation", "compensation"];
export const servicedeskTicketPriorityValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ServicedeskTicket"]["priority"]> = ["P1", "P2", "P3", "P4"];
export const servicedeskTicketStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ServicedeskTicket"]["status"]> = ["new", "assigned", "in_progress", "waiting_for_customer", "resolved", "closed"];
export const servicedeskTicketGroupValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ServicedeskTicket"]["group"]> = ["operations", "technical", "business", "finance"];
export const servicedeskTicketChannelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ServicedeskTicket"]["channel"]> = ["portal", "staff", "email", "alert"];
export const servicedeskTicketCalendarValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ServicedeskTicket"]["calendar"]> = ["7x24", "working_hours"];
export const slaCreditStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SlaCredit"]["status"]> = ["pending_review", "approved", "adjusted", "no_credit"];
export const slaOutageSourceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SlaOutage"]["source"]> = ["manual", "import", "monitoring"];
export const compensationClaimStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CompensationClaim"]["status"]> = ["submitted", "assessed", "agreed", "rejected"];
export const improvementActionStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ImprovementAction"]["status"]> = ["open", "in_progress", "verifying", "closed"];
export const usageMeterKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UsageMeter"]["kind"]> = ["bandwidth", "power"];
export const usageMeterStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UsageMeter"]["status"]> = ["active", "retired"];
export const usageSeriesStepValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UsageSeries"]["step"]> = ["5m", "1h", "1d"];
export const invoiceKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Invoice"]["kind"]> = ["invoice", "credit_note"];
export const invoiceStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Invoice"]["status"]> = ["issued", "partially_paid", "paid", "void", "credited"];
export const invoiceCurrencyValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Invoice"]["currency"]> = ["CNY"];
export const invoiceBuyerFapiao_typeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["InvoiceBuyer"]["fapiao_type"]> = ["special", "normal"];
export const invoiceLineKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["InvoiceLine"]["kind"]> = ["recurring", "one_off", "usage", "late_fee", "adjustment", "credit", "pending_one_off", "sla_credit", "penalty", "credit_note"];
export const invoiceDetailKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["InvoiceDetail"]["kind"]> = ["invoice", "credit_note"];
export const invoiceDetailStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["InvoiceDetail"]["status"]> = ["issued", "partially_paid", "paid", "void", "credited"];
export const invoiceDetailCurrencyValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["InvoiceDetail"]["currency"]> = ["CNY"];
export const invoiceDetailActionsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["InvoiceDetail"]["actions"]> = ["credit_note", "record_fapiao"];
export const billingRunStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["BillingRun"]["status"]> = ["running", "completed", "failed"];
export const billingRunOriginValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["BillingRun"]["origin"]> = ["job", "manual", "cli", "demo"];
export const contractBillKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ContractBill"]["kind"]> = ["invoice", "credit_note"];
export const billingProfileFapiao_typeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["BillingProfile"]["fapiao_type"]> = ["special", "normal"];
export const tsdbRangeSourceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["TsdbRange"]["source"]> = ["raw", "rollup"];
export const suspensionReasonValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Suspension"]["reason"]> = ["non_payment", "abuse", "overuse"];
export const suspensionStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Suspension"]["status"]> = ["proposed", "active", "lift_proposed", "lifted", "rejected", "withdrawn"];
export const monitoringCheckKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["MonitoringCheck"]["kind"]> = ["tcp", "http"];
export const monitoredDeviceSnmp_versionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["MonitoredDevice"]["snmp_version"]> = ["none", "v2c", "v3"];
export const alertSeverityValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Alert"]["severity"]> = ["info", "warning", "critical"];
export const alertStateValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Alert"]["state"]> = ["firing", "acknowledged", "resolved"];
export const alertDetailSeverityValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AlertDetail"]["severity"]> = ["info", "warning", "critical"];
export const alertDetailStateValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AlertDetail"]["state"]> = ["firing", "acknowledged", "resolved"];
export const adviceKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Advice"]["kind"]> = ["port.hot", "port.idle", "feed.near_limit", "room.out_of_range"];
export const adviceObject_typeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Advice"]["object_type"]> = ["device", "rack", "room"];
export const maintenanceWindowScopeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["MaintenanceWindow"]["scope"]> = ["device", "rack", "room"];
export const authorisedPersonId_typeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AuthorisedPerson"]["id_type"]> = ["resident_id", "passport", "hk_macao_permit", "taiwan_permit", "other"];
export const authorisedPersonStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AuthorisedPerson"]["status"]> = ["pending", "approved", "rejected"];
export const personIdentityId_typeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PersonIdentity"]["id_type"]> = ["resident_id", "passport", "hk_macao_permit", "taiwan_permit", "other"];
export const visitStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Visit"]["status"]> = ["requested", "approved", "rejected", "checked_in", "checked_out", "cancelled"];
export const entryLogEventValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["EntryLog"]["event"]> = ["check_in", "check_out", "refused"];
export const equipmentSlipDirectionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["EquipmentSlip"]["direction"]> = ["in", "out"];
export const equipmentSlipStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["EquipmentSlip"]["status"]> = ["requested", "approved", "rejected", "completed", "cancelled"];
export const changeRequestBriefRiskValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ChangeRequestBrief"]["risk"]> = ["low", "medium", "high"];
export const changeRequestBriefStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ChangeRequestBrief"]["status"]> = ["submitted", "technical_approved", "approved", "rejected", "in_progress", "closed", "cancelled"];
export const changeRequestRiskValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ChangeRequest"]["risk"]> = ["low", "medium", "high"];
export const changeRequestStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ChangeRequest"]["status"]> = ["submitted", "technical_approved", "approved", "rejected", "in_progress", "closed", "cancelled"];
export const changeRequestViewActionsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ChangeRequestView"]["actions"]> = ["approve", "reject", "start", "close", "cancel"];
export const configDeviceVendorValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ConfigDevice"]["vendor"]> = ["cisco_ios", "cisco_nxos", "huawei_vrp", "h3c_comware", "juniper_junos"];
export const configDeviceAuth_methodValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ConfigDevice"]["auth_method"]> = ["password", "key"];
export const configFetchResultValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ConfigFetch"]["result"]> = ["ok", "unchanged", "failed"];
export const configFetchCauseValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ConfigFetch"]["cause"]> = ["schedule", "manual"];
export const configDiffLineKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ConfigDiffLine"]["kind"]> = [" ", "-", "+"];
export const todayVisitStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["TodayVisit"]["status"]> = ["requested", "approved", "rejected", "checked_in", "checked_out", "cancelled"];
export const emergencyPlanBriefScenarioValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["EmergencyPlanBrief"]["scenario"]> = ["power_failure", "fire", "cooling_failure", "network_outage", "flooding"];
export const emergencyPlanScenarioValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["EmergencyPlan"]["scenario"]> = ["power_failure", "fire", "cooling_failure", "network_outage", "flooding"];
export const drillEntryKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DrillEntry"]["kind"]> = ["timeline", "finding"];
export const drillActionStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DrillAction"]["status"]> = ["open", "closed"];
export const drillBriefScenarioValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DrillBrief"]["scenario"]> = ["power_failure", "fire", "cooling_failure", "network_outage", "flooding"];
export const drillBriefStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DrillBrief"]["status"]> = ["scheduled", "held", "cancelled"];
export const drillScenarioValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Drill"]["scenario"]> = ["power_failure", "fire", "cooling_failure", "network_outage", "flooding"];
export const drillStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Drill"]["status"]> = ["scheduled", "held", "cancelled"];
export const facilityAssetKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["FacilityAsset"]["kind"]> = ["ups", "battery_string", "generator", "ats", "crac", "gas_suppression", "fire_detection", "distribution_board"];
export const facilityAssetStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["FacilityAsset"]["status"]> = ["in_service", "standby", "fault", "retired"];
export const checklistItemKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ChecklistItem"]["kind"]> = ["check", "reading", "photo"];
export const maintenancePlanUnitValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["MaintenancePlan"]["unit"]> = ["days", "months"];
export const workOrderAsset_kindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["WorkOrder"]["asset_kind"]> = ["ups", "battery_string", "generator", "ats", "crac", "gas_suppression", "fire_detection", "distribution_board"];
export const workOrderStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["WorkOrder"]["status"]> = ["open", "assigned", "completed", "closed"];
export const patrolItemKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PatrolItem"]["kind"]> = ["check", "reading", "photo"];
export const patrolCheckpointKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PatrolCheckpoint"]["kind"]> = ["room", "rack", "asset", "yard"];
export const patrolScheduleKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PatrolSchedule"]["kind"]> = ["every_hours", "daily", "weekly"];
export const patrolVisitMethodValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PatrolVisit"]["method"]> = ["scan", "manual"];
export const patrolRoundBriefStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PatrolRoundBrief"]["status"]> = ["due", "in_progress", "submitted"];
export const patrolRoundStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PatrolRound"]["status"]> = ["due", "in_progress", "submitted"];
export const rectificationOrderCheckpoint_kindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RectificationOrder"]["checkpoint_kind"]> = ["room", "rack", "asset", "yard"];
export const rectificationOrderStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RectificationOrder"]["status"]> = ["open", "assigned", "rectified", "verified", "dismissed"];
export const rectificationOrderViewActionsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RectificationOrderView"]["actions"]> = ["assign", "rectify", "verify", "reopen", "dismiss"];
export const disputeSource_typeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Dispute"]["source_type"]> = ["direct", "complaint", "invoice", "breach"];
export const disputeRaised_byValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Dispute"]["raised_by"]> = ["customer", "operator"];
export const disputeStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Dispute"]["status"]> = ["negotiating", "escalated", "resolved", "withdrawn"];
export const disputeEntryKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DisputeEntry"]["kind"]> = ["meeting", "proposal", "document", "note", "hearing"];
export const disputeLinkObject_typeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DisputeLink"]["object_type"]> = ["invoice", "ticket", "breach", "entry"];
export const disputeDetailActionsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DisputeDetail"]["actions"]> = ["log", "deadline", "link", "escalate", "case", "hold", "release", "close"];
export const breachOveruseMetricValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["BreachOveruse"]["metric"]> = ["bandwidth", "power"];
export const breachPartyValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Breach"]["party"]> = ["customer", "operator"];
export const breachKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Breach"]["kind"]> = ["non_payment", "over_use", "abuse", "prohibited_content", "sla_failure", "data_loss", "unauthorised_disclosure"];
export const breachStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Breach"]["status"]> = ["open", "decided", "closed", "proposed"];
export const breachEvidenceObject_typeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["BreachEvidence"]["object_type"]> = ["ticket", "invoice", "alert", "entry", "document"];
export const breachDetailActionsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["BreachDetail"]["actions"]> = ["evidence", "decide", "close", "confirm", "dismiss"];
export const complianceFailingItemTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ComplianceFailingItem"]["type"]> = ["breach", "dispute", "application", "room", "work_order", "entry", "plan", "change", "sla_credit", "ticket", "amendment", "contract", "round", "device_config", "firewall_rule", "vuln_finding", "vuln_schedule", "backup_run", "disclosure", "facility_finding"];
export const complianceClauseClauseValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ComplianceClause"]["clause"]> = ["R1.1", "R1.2", "R1.3", "R2.1", "R2.2", "R3.1.1", "R3.1.2", "R3.2.1", "R3.2.2", "R3.2.3", "R4.1.1", "R4.1.2", "R4.1.3", "R4.2.1", "R4.2.2", "R4.2.3", "R4.3.1", "R4.3.2", "R4.3.3", "R5.1.1", "R5.1.2", "R5.2.1", "R5.2.2", "R5.2.3", "R5.3.1", "R5.3.2", "R5.3.3", "R6.1.1", "R6.1.2", "R6.1.3", "R6.2.1", "R6.2.2", "R6.2.3", "R7.1.1", "R7.1.2", "R7.2.1", "R7.2.2", "R7.3", "R8.1", "R8.2.1", "R8.2.2", "R8.3", "R9.1.1", "R9.1.2", "R9.2.1", "R9.2.2", "R10.1", "R10.2", "R10.3", "R11.1", "R11.2.1", "R11.2.2", "R11.2.3", "R12.1", "R12.2"];
export const complianceClauseStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ComplianceClause"]["status"]> = ["passing", "failing", "no_data", "not_measured"];
export const complianceClauseTrendValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ComplianceClause"]["trend"]> = ["up", "down", "flat", "none"];
export const confidentialityLevelCategoryValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ConfidentialityLevel"]["category"]> = ["contacts", "authorised_people", "devices", "network_plans", "contracts", "invoices", "tickets"];
export const confidentialityLevelLevelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ConfidentialityLevel"]["level"]> = ["public", "internal", "confidential", "secret"];
export const confidentialityHoldingCategoryValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ConfidentialityHolding"]["category"]> = ["contacts", "authorised_people", "devices", "network_plans", "contracts", "invoices", "tickets"];
export const confidentialityHoldingLevelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ConfidentialityHolding"]["level"]> = ["public", "internal", "confidential", "secret"];
export const disclosureRecipient_kindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Disclosure"]["recipient_kind"]> = ["authority", "third_party"];
export const disclosureCategoriesValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Disclosure"]["categories"]> = ["contacts", "authorised_people", "devices", "network_plans", "contracts", "invoices", "tickets"];
export const disclosureBasisValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Disclosure"]["basis"]> = ["consent", "legal"];
export const disclosureStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Disclosure"]["status"]> = ["requested", "approved", "rejected", "disclosed"];
export const disclosureDetailActionsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DisclosureDetail"]["actions"]> = ["consent", "approve", "reject", "disclose"];
export const confidentialityExportSectionNameValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ConfidentialityExportSection"]["name"]> = ["customer", "contacts", "authorised_people", "contracts", "invoices", "tickets", "devices", "prefixes", "vlans", "disclosures"];
export const backupPlanSource_kindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["BackupPlan"]["source_kind"]> = ["paths", "command", "ssh"];
export const backupPlanSchedule_kindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["BackupPlan"]["schedule_kind"]> = ["interval", "daily"];
export const backupPlanStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["BackupPlan"]["status"]> = ["active", "paused"];
export const backupRunEngineValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["BackupRun"]["engine"]> = ["restic", "veeam", "bacula", "other"];
export const backupRunKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["BackupRun"]["kind"]> = ["backup", "restore_test"];
export const backupRunStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["BackupRun"]["status"]> = ["running", "succeeded", "failed"];
export const backupRestoreTarget_kindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["BackupRestore"]["target_kind"]> = ["original", "path"];
export const backupRestoreStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["BackupRestore"]["status"]> = ["requested", "approved", "rejected", "running", "verified", "failed", "confirmed"];
export const firewallRequestLineDirectionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["FirewallRequestLine"]["direction"]> = ["inbound", "outbound"];
export const firewallRequestLineProtocolValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["FirewallRequestLine"]["protocol"]> = ["tcp", "udp", "icmp", "any"];
export const firewallRequestLineRisk_flagsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["FirewallRequestLine"]["risk_flags"]> = ["any_any", "management_port_exposed", "wide_port_range", "wide_remote_network", "all_ports"];
export const firewallRequestRowActionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["FirewallRequestRow"]["action"]> = ["open", "close"];
export const firewallRequestRowRisk_levelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["FirewallRequestRow"]["risk_level"]> = ["low", "medium", "high"];
export const firewallRequestRowRisk_flagsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["FirewallRequestRow"]["risk_flags"]> = ["any_any", "management_port_exposed", "wide_port_range", "wide_remote_network", "all_ports"];
export const firewallRequestRowStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["FirewallRequestRow"]["status"]> = ["submitted", "approved", "rejected"];
export const firewallRequestActionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["FirewallRequest"]["action"]> = ["open", "close"];
export const firewallRequestRisk_levelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["FirewallRequest"]["risk_level"]> = ["low", "medium", "high"];
export const firewallRequestRisk_flagsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["FirewallRequest"]["risk_flags"]> = ["any_any", "management_port_exposed", "wide_port_range", "wide_remote_network", "all_ports"];
export const firewallRequestStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["FirewallRequest"]["status"]> = ["submitted", "approved", "rejected"];
export const firewallRuleDirectionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["FirewallRule"]["direction"]> = ["inbound", "outbound"];
export const firewallRuleProtocolValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["FirewallRule"]["protocol"]> = ["tcp", "udp", "icmp", "any"];
export const firewallRuleRisk_levelValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["FirewallRule"]["risk_level"]> = ["low", "medium", "high"];
export const vulnConsentSourceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["VulnConsent"]["source"]> = ["portal", "signed"];
export const vulnAllowedPortProtocolValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["VulnAllowedPort"]["protocol"]> = ["tcp", "udp"];
export const vulnScheduleProfileValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["VulnSchedule"]["profile"]> = ["top", "full", "service"];
export const vulnScanKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["VulnScan"]["kind"]> = ["nmap", "nmap_import", "openvas_import"];
export const vulnScanStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["VulnScan"]["status"]> = ["running", "done", "failed"];
export const vulnFindingProtocolValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["VulnFinding"]["protocol"]> = ["tcp", "udp"];
export const vulnFindingSeverityValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["VulnFinding"]["severity"]> = ["critical", "high", "medium", "low", "info"];
export const vulnFindingStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["VulnFinding"]["status"]> = ["open", "acknowledged", "fixed", "verified", "accepted"];
export const vulnFindingEventActionValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["VulnFindingEvent"]["action"]> = ["found", "acknowledged", "fixed", "verified", "reopened", "accepted", "assigned", "seen"];
export const vulnFindingEventStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["VulnFindingEvent"]["status"]> = ["open", "acknowledged", "fixed", "verified", "accepted"];
export const vulnFindingDetailActionsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["VulnFindingDetail"]["actions"]> = ["acknowledge", "fix", "accept", "assign"];
export const vulnAssessmentStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["VulnAssessment"]["status"]> = ["open", "closed"];
export const vulnAssessmentItemKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["VulnAssessmentItem"]["kind"]> = ["finding", "action"];
export const vulnAssessmentItemSeverityValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["VulnAssessmentItem"]["severity"]> = ["critical", "high", "medium", "low", "info"];
export const vulnAssessmentItemStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["VulnAssessmentItem"]["status"]> = ["open", "done"];
export const homeStageCountStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["HomeStageCount"]["status"]> = ["draft", "business_review", "technical_review", "management_review", "approved", "contracted", "returned", "rejected", "withdrawn"];
export const homeWaitingDepartmentDepartmentValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["HomeWaitingDepartment"]["department"]> = ["business", "technical", "management"];
export const homeRecentApplicationStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["HomeRecentApplication"]["status"]> = ["draft", "business_review", "technical_review", "management_review", "approved", "contracted", "returned", "rejected", "withdrawn"];
export const homeCardIdValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["HomeCard"]["id"]> = ["applications.by_stage", "contracts.expiring", "contracts.renewals", "intake.weekly", "feasibility.queue", "capacity.rooms", "occupancy.weekly", "approvals.waiting", "contracts.value_monthly", "work.today", "work.weekly", "my.services", "my.applications", "my.notices", "my.occupancy", "servicedesk.breaches_today", "servicedesk.complaints_open", "servicedesk.actions_overdue", "facility.maintenance_overdue", "facility.findings_open"];
export const homePageIdValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["HomePage"]["id"]> = ["business", "technical", "management", "operations", "finance", "portal"];
