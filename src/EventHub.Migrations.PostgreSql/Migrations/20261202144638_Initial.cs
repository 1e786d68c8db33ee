using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace EventHub.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "aspnetroles",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalizedname = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    concurrencystamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_aspnetroles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "aspnetusers",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    displayname = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    mustchangepassword = table.Column<bool>(type: "boolean", nullable: false),
                    selectedeventid = table.Column<int>(type: "integer", nullable: true),
                    username = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalizedusername = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalizedemail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    emailconfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    passwordhash = table.Column<string>(type: "text", nullable: true),
                    securitystamp = table.Column<string>(type: "text", nullable: true),
                    concurrencystamp = table.Column<string>(type: "text", nullable: true),
                    phonenumber = table.Column<string>(type: "text", nullable: true),
                    phonenumberconfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    twofactorenabled = table.Column<bool>(type: "boolean", nullable: false),
                    lockoutend = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    lockoutenabled = table.Column<bool>(type: "boolean", nullable: false),
                    accessfailedcount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_aspnetusers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "dataprotectionkeys",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    friendlyname = table.Column<string>(type: "text", nullable: true),
                    xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dataprotectionkeys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "devices",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    tokenhash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    createdat = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    revokedat = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_devices", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "events",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    slug = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    namefr = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    nameen = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    venue = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    venueaddress = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    contactemail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    timezoneid = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    capacity = table.Column<int>(type: "integer", nullable: false),
                    confirmedcount = table.Column<int>(type: "integer", nullable: false),
                    iscurrent = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_events", x => x.id);
                    table.CheckConstraint("CK_Events_Confirmed", "ConfirmedCount >= 0 AND ConfirmedCount <= Capacity");
                });

            migrationBuilder.CreateTable(
                name: "aspnetroleclaims",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    roleid = table.Column<string>(type: "text", nullable: false),
                    claimtype = table.Column<string>(type: "text", nullable: true),
                    claimvalue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_aspnetroleclaims", x => x.id);
                    table.ForeignKey(
                        name: "fk_aspnetroleclaims_aspnetroles_roleid",
                        column: x => x.roleid,
                        principalTable: "aspnetroles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "aspnetuserclaims",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    userid = table.Column<string>(type: "text", nullable: false),
                    claimtype = table.Column<string>(type: "text", nullable: true),
                    claimvalue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_aspnetuserclaims", x => x.id);
                    table.ForeignKey(
                        name: "fk_aspnetuserclaims_aspnetusers_userid",
                        column: x => x.userid,
                        principalTable: "aspnetusers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "aspnetuserlogins",
                columns: table => new
                {
                    loginprovider = table.Column<string>(type: "text", nullable: false),
                    providerkey = table.Column<string>(type: "text", nullable: false),
                    providerdisplayname = table.Column<string>(type: "text", nullable: true),
                    userid = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_aspnetuserlogins", x => new { x.loginprovider, x.providerkey });
                    table.ForeignKey(
                        name: "fk_aspnetuserlogins_aspnetusers_userid",
                        column: x => x.userid,
                        principalTable: "aspnetusers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "aspnetuserroles",
                columns: table => new
                {
                    userid = table.Column<string>(type: "text", nullable: false),
                    roleid = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_aspnetuserroles", x => new { x.userid, x.roleid });
                    table.ForeignKey(
                        name: "fk_aspnetuserroles_aspnetroles_roleid",
                        column: x => x.roleid,
                        principalTable: "aspnetroles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_aspnetuserroles_aspnetusers_userid",
                        column: x => x.userid,
                        principalTable: "aspnetusers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "aspnetusertokens",
                columns: table => new
                {
                    userid = table.Column<string>(type: "text", nullable: false),
                    loginprovider = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_aspnetusertokens", x => new { x.userid, x.loginprovider, x.name });
                    table.ForeignKey(
                        name: "fk_aspnetusertokens_aspnetusers_userid",
                        column: x => x.userid,
                        principalTable: "aspnetusers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "eventdays",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    eventid = table.Column<int>(type: "integer", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    opensat = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    closesat = table.Column<TimeOnly>(type: "time without time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_eventdays", x => x.id);
                    table.CheckConstraint("CK_EventDays_Hours", "ClosesAt > OpensAt");
                    table.ForeignKey(
                        name: "fk_eventdays_events_eventid",
                        column: x => x.eventid,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "rooms",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    eventid = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    seats = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rooms", x => x.id);
                    table.CheckConstraint("CK_Rooms_Seats", "Seats > 0");
                    table.ForeignKey(
                        name: "fk_rooms_events_eventid",
                        column: x => x.eventid,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "speakers",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    eventid = table.Column<int>(type: "integer", nullable: false),
                    firstname = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    lastname = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    organization = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    biofr = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    bioen = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    links = table.Column<List<string>>(type: "text[]", nullable: false),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    searchkey = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_speakers", x => x.id);
                    table.ForeignKey(
                        name: "fk_speakers_events_eventid",
                        column: x => x.eventid,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "tickettypes",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    eventid = table.Column<int>(type: "integer", nullable: false),
                    namefr = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    nameen = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    quota = table.Column<int>(type: "integer", nullable: false),
                    sold = table.Column<int>(type: "integer", nullable: false),
                    waitlistissued = table.Column<int>(type: "integer", nullable: false),
                    salestartsat = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    saleendsat = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    descriptionfr = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    descriptionen = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    displayorder = table.Column<int>(type: "integer", nullable: false),
                    ishidden = table.Column<bool>(type: "boolean", nullable: false),
                    isclosed = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tickettypes", x => x.id);
                    table.CheckConstraint("CK_TicketTypes_Sale", "SaleEndsAt > SaleStartsAt");
                    table.CheckConstraint("CK_TicketTypes_Sold", "Sold >= 0 AND Sold <= Quota");
                    table.ForeignKey(
                        name: "fk_tickettypes_events_eventid",
                        column: x => x.eventid,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "tracks",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    eventid = table.Column<int>(type: "integer", nullable: false),
                    namefr = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    nameen = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    color = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tracks", x => x.id);
                    table.ForeignKey(
                        name: "fk_tracks_events_eventid",
                        column: x => x.eventid,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "checkpoints",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    eventid = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    roomid = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_checkpoints", x => x.id);
                    table.ForeignKey(
                        name: "fk_checkpoints_events_eventid",
                        column: x => x.eventid,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_checkpoints_rooms_roomid",
                        column: x => x.roomid,
                        principalTable: "rooms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "speakerphotos",
                columns: table => new
                {
                    speakerid = table.Column<int>(type: "integer", nullable: false),
                    contenttype = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false),
                    updatedat = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_speakerphotos", x => x.speakerid);
                    table.ForeignKey(
                        name: "fk_speakerphotos_speakers_speakerid",
                        column: x => x.speakerid,
                        principalTable: "speakers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "accesscodes",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    eventid = table.Column<int>(type: "integer", nullable: false),
                    tickettypeid = table.Column<int>(type: "integer", nullable: false),
                    code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    maxuses = table.Column<int>(type: "integer", nullable: false),
                    uses = table.Column<int>(type: "integer", nullable: false),
                    createdat = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_accesscodes", x => x.id);
                    table.CheckConstraint("CK_AccessCodes_MaxUses", "MaxUses >= 1");
                    table.CheckConstraint("CK_AccessCodes_Uses", "Uses >= 0 AND Uses <= MaxUses");
                    table.ForeignKey(
                        name: "fk_accesscodes_events_eventid",
                        column: x => x.eventid,
                        principalTable: "events",
                        principalColumn: "id");
                    table.ForeignKey(
                        name: "fk_accesscodes_tickettypes_tickettypeid",
                        column: x => x.tickettypeid,
                        principalTable: "tickettypes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "sessions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    eventid = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    titlefr = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    titleen = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    abstractfr = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    abstracten = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    trackid = table.Column<int>(type: "integer", nullable: true),
                    roomid = table.Column<int>(type: "integer", nullable: true),
                    startsat = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    endsat = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    durationminutes = table.Column<int>(type: "integer", nullable: false),
                    seatlimit = table.Column<int>(type: "integer", nullable: true),
                    seatstaken = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    updatedat = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sessions", x => x.id);
                    table.CheckConstraint("CK_Sessions_Duration", "DurationMinutes > 0");
                    table.CheckConstraint("CK_Sessions_Seats", "SeatsTaken >= 0 AND (SeatLimit IS NULL OR SeatsTaken <= SeatLimit)");
                    table.CheckConstraint("CK_Sessions_Times", "(StartsAt IS NULL AND EndsAt IS NULL) OR EndsAt > StartsAt");
                    table.ForeignKey(
                        name: "fk_sessions_events_eventid",
                        column: x => x.eventid,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_sessions_rooms_roomid",
                        column: x => x.roomid,
                        principalTable: "rooms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_sessions_tracks_trackid",
                        column: x => x.trackid,
                        principalTable: "tracks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "registrations",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    eventid = table.Column<int>(type: "integer", nullable: false),
                    tickettypeid = table.Column<int>(type: "integer", nullable: false),
                    firstname = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    lastname = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    normalizedemail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    organization = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    jobtitle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    needs = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    preferredlanguage = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    waitlistnumber = table.Column<int>(type: "integer", nullable: true),
                    consentgivenat = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    consentconfirmedby = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    badgecode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    managetokenhash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    searchkey = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    createdat = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updatedat = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    cancelledat = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    erasedat = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    accesscodeid = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_registrations", x => x.id);
                    table.ForeignKey(
                        name: "fk_registrations_accesscodes_accesscodeid",
                        column: x => x.accesscodeid,
                        principalTable: "accesscodes",
                        principalColumn: "id");
                    table.ForeignKey(
                        name: "fk_registrations_events_eventid",
                        column: x => x.eventid,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_registrations_tickettypes_tickettypeid",
                        column: x => x.tickettypeid,
                        principalTable: "tickettypes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "sessionspeakers",
                columns: table => new
                {
                    sessionid = table.Column<int>(type: "integer", nullable: false),
                    speakerid = table.Column<int>(type: "integer", nullable: false),
                    order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sessionspeakers", x => new { x.sessionid, x.speakerid });
                    table.ForeignKey(
                        name: "fk_sessionspeakers_sessions_sessionid",
                        column: x => x.sessionid,
                        principalTable: "sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_sessionspeakers_speakers_speakerid",
                        column: x => x.speakerid,
                        principalTable: "speakers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "agendaselections",
                columns: table => new
                {
                    registrationid = table.Column<int>(type: "integer", nullable: false),
                    sessionid = table.Column<int>(type: "integer", nullable: false),
                    createdat = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_agendaselections", x => new { x.registrationid, x.sessionid });
                    table.ForeignKey(
                        name: "fk_agendaselections_registrations_registrationid",
                        column: x => x.registrationid,
                        principalTable: "registrations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_agendaselections_sessions_sessionid",
                        column: x => x.sessionid,
                        principalTable: "sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "checkinattempts",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    checkpointid = table.Column<int>(type: "integer", nullable: false),
                    staffuserid = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    deviceid = table.Column<int>(type: "integer", nullable: true),
                    registrationid = table.Column<int>(type: "integer", nullable: true),
                    outcome = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_checkinattempts", x => x.id);
                    table.ForeignKey(
                        name: "fk_checkinattempts_checkpoints_checkpointid",
                        column: x => x.checkpointid,
                        principalTable: "checkpoints",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_checkinattempts_devices_deviceid",
                        column: x => x.deviceid,
                        principalTable: "devices",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_checkinattempts_registrations_registrationid",
                        column: x => x.registrationid,
                        principalTable: "registrations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "checkins",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    registrationid = table.Column<int>(type: "integer", nullable: false),
                    checkpointid = table.Column<int>(type: "integer", nullable: false),
                    attendancekey = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    staffuserid = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    deviceid = table.Column<int>(type: "integer", nullable: true),
                    checkedinat = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    undoneat = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_checkins", x => x.id);
                    table.CheckConstraint("CK_CheckIns_By", "(StaffUserId IS NULL AND DeviceId IS NOT NULL) OR (StaffUserId IS NOT NULL AND DeviceId IS NULL)");
                    table.ForeignKey(
                        name: "fk_checkins_checkpoints_checkpointid",
                        column: x => x.checkpointid,
                        principalTable: "checkpoints",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_checkins_devices_deviceid",
                        column: x => x.deviceid,
                        principalTable: "devices",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_checkins_registrations_registrationid",
                        column: x => x.registrationid,
                        principalTable: "registrations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "outboxmessages",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    registrationid = table.Column<int>(type: "integer", nullable: true),
                    managetoken = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    createdat = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    nextattemptat = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    sentat = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    lasterror = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outboxmessages", x => x.id);
                    table.ForeignKey(
                        name: "fk_outboxmessages_registrations_registrationid",
                        column: x => x.registrationid,
                        principalTable: "registrations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "ix_accesscodes_eventid_code",
                table: "accesscodes",
                columns: new[] { "eventid", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_accesscodes_tickettypeid",
                table: "accesscodes",
                column: "tickettypeid");

            migrationBuilder.CreateIndex(
                name: "ix_agendaselections_sessionid",
                table: "agendaselections",
                column: "sessionid");

            migrationBuilder.CreateIndex(
                name: "ix_aspnetroleclaims_roleid",
                table: "aspnetroleclaims",
                column: "roleid");

            migrationBuilder.CreateIndex(
                name: "rolenameindex",
                table: "aspnetroles",
                column: "normalizedname",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_aspnetuserclaims_userid",
                table: "aspnetuserclaims",
                column: "userid");

            migrationBuilder.CreateIndex(
                name: "ix_aspnetuserlogins_userid",
                table: "aspnetuserlogins",
                column: "userid");

            migrationBuilder.CreateIndex(
                name: "ix_aspnetuserroles_roleid",
                table: "aspnetuserroles",
                column: "roleid");

            migrationBuilder.CreateIndex(
                name: "emailindex",
                table: "aspnetusers",
                column: "normalizedemail");

            migrationBuilder.CreateIndex(
                name: "usernameindex",
                table: "aspnetusers",
                column: "normalizedusername",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_checkinattempts_at",
                table: "checkinattempts",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_checkinattempts_checkpointid",
                table: "checkinattempts",
                column: "checkpointid");

            migrationBuilder.CreateIndex(
                name: "ix_checkinattempts_deviceid",
                table: "checkinattempts",
                column: "deviceid");

            migrationBuilder.CreateIndex(
                name: "ix_checkinattempts_registrationid",
                table: "checkinattempts",
                column: "registrationid");

            migrationBuilder.CreateIndex(
                name: "ix_checkins_checkedinat",
                table: "checkins",
                column: "checkedinat");

            migrationBuilder.CreateIndex(
                name: "ix_checkins_checkpointid_checkedinat",
                table: "checkins",
                columns: new[] { "checkpointid", "checkedinat" });

            migrationBuilder.CreateIndex(
                name: "ix_checkins_deviceid",
                table: "checkins",
                column: "deviceid");

            migrationBuilder.CreateIndex(
                name: "ix_checkins_oneperattendance",
                table: "checkins",
                columns: new[] { "registrationid", "attendancekey" },
                unique: true,
                filter: "UndoneAt IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_checkpoints_eventid_name",
                table: "checkpoints",
                columns: new[] { "eventid", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_checkpoints_roomid",
                table: "checkpoints",
                column: "roomid");

            migrationBuilder.CreateIndex(
                name: "ix_devices_tokenhash",
                table: "devices",
                column: "tokenhash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_eventdays_eventid_date",
                table: "eventdays",
                columns: new[] { "eventid", "date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_events_iscurrent",
                table: "events",
                column: "iscurrent",
                unique: true,
                filter: "IsCurrent");

            migrationBuilder.CreateIndex(
                name: "ix_events_slug",
                table: "events",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outboxmessages_registrationid",
                table: "outboxmessages",
                column: "registrationid");

            migrationBuilder.CreateIndex(
                name: "ix_outboxmessages_sentat_nextattemptat",
                table: "outboxmessages",
                columns: new[] { "sentat", "nextattemptat" });

            migrationBuilder.CreateIndex(
                name: "ix_registrations_accesscodeid",
                table: "registrations",
                column: "accesscodeid");

            migrationBuilder.CreateIndex(
                name: "ix_registrations_activeemail",
                table: "registrations",
                columns: new[] { "eventid", "normalizedemail" },
                unique: true,
                filter: "NormalizedEmail IS NOT NULL AND Status <> 'Cancelled'");

            migrationBuilder.CreateIndex(
                name: "ix_registrations_badgecode",
                table: "registrations",
                column: "badgecode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_registrations_eventid_lastname_firstname",
                table: "registrations",
                columns: new[] { "eventid", "lastname", "firstname" });

            migrationBuilder.CreateIndex(
                name: "ix_registrations_eventid_searchkey",
                table: "registrations",
                columns: new[] { "eventid", "searchkey" });

            migrationBuilder.CreateIndex(
                name: "ix_registrations_eventid_status",
                table: "registrations",
                columns: new[] { "eventid", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_registrations_managetokenhash",
                table: "registrations",
                column: "managetokenhash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_registrations_waitlist",
                table: "registrations",
                columns: new[] { "tickettypeid", "waitlistnumber" },
                unique: true,
                filter: "WaitlistNumber IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_rooms_eventid_name",
                table: "rooms",
                columns: new[] { "eventid", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_sessions_eventid_status_startsat",
                table: "sessions",
                columns: new[] { "eventid", "status", "startsat" });

            migrationBuilder.CreateIndex(
                name: "ix_sessions_roomid_startsat",
                table: "sessions",
                columns: new[] { "roomid", "startsat" });

            migrationBuilder.CreateIndex(
                name: "ix_sessions_trackid",
                table: "sessions",
                column: "trackid");

            migrationBuilder.CreateIndex(
                name: "ix_sessionspeakers_speakerid",
                table: "sessionspeakers",
                column: "speakerid");

            migrationBuilder.CreateIndex(
                name: "ix_speakers_eventid_lastname_firstname",
                table: "speakers",
                columns: new[] { "eventid", "lastname", "firstname" });

            migrationBuilder.CreateIndex(
                name: "ix_speakers_eventid_searchkey",
                table: "speakers",
                columns: new[] { "eventid", "searchkey" });

            migrationBuilder.CreateIndex(
                name: "ix_tickettypes_eventid_namefr",
                table: "tickettypes",
                columns: new[] { "eventid", "namefr" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_tracks_eventid_namefr",
                table: "tracks",
                columns: new[] { "eventid", "namefr" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "agendaselections");

            migrationBuilder.DropTable(
                name: "aspnetroleclaims");

            migrationBuilder.DropTable(
                name: "aspnetuserclaims");

            migrationBuilder.DropTable(
                name: "aspnetuserlogins");

            migrationBuilder.DropTable(
                name: "aspnetuserroles");

            migrationBuilder.DropTable(
                name: "aspnetusertokens");

            migrationBuilder.DropTable(
                name: "checkinattempts");

            migrationBuilder.DropTable(
                name: "checkins");

            migrationBuilder.DropTable(
                name: "dataprotectionkeys");

            migrationBuilder.DropTable(
                name: "eventdays");

            migrationBuilder.DropTable(
                name: "outboxmessages");

            migrationBuilder.DropTable(
                name: "sessionspeakers");

            migrationBuilder.DropTable(
                name: "speakerphotos");

            migrationBuilder.DropTable(
                name: "aspnetroles");

            migrationBuilder.DropTable(
                name: "aspnetusers");

            migrationBuilder.DropTable(
                name: "checkpoints");

            migrationBuilder.DropTable(
                name: "devices");

            migrationBuilder.DropTable(
                name: "registrations");

            migrationBuilder.DropTable(
                name: "sessions");

            migrationBuilder.DropTable(
                name: "speakers");

            migrationBuilder.DropTable(
                name: "accesscodes");

            migrationBuilder.DropTable(
                name: "rooms");

            migrationBuilder.DropTable(
                name: "tracks");

            migrationBuilder.DropTable(
                name: "tickettypes");

            migrationBuilder.DropTable(
                name: "events");
        }
    }
}
