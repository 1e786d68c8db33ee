using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace EventHub.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class RegistrationQuestions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "questions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    eventid = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    labelfr = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    labelen = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    helpfr = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    helpen = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    isrequired = table.Column<bool>(type: "boolean", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    ishidden = table.Column<bool>(type: "boolean", nullable: false),
                    tickettypeids = table.Column<List<int>>(type: "integer[]", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_questions", x => x.id);
                    table.ForeignKey(
                        name: "fk_questions_events_eventid",
                        column: x => x.eventid,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "answers",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    registrationid = table.Column<int>(type: "integer", nullable: false),
                    questionid = table.Column<int>(type: "integer", nullable: false),
                    text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    number = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    yesno = table.Column<bool>(type: "boolean", nullable: true),
                    optionids = table.Column<List<int>>(type: "integer[]", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_answers", x => x.id);
                    table.ForeignKey(
                        name: "fk_answers_questions_questionid",
                        column: x => x.questionid,
                        principalTable: "questions",
                        principalColumn: "id");
                    table.ForeignKey(
                        name: "fk_answers_registrations_registrationid",
                        column: x => x.registrationid,
                        principalTable: "registrations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "questionoptions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    questionid = table.Column<int>(type: "integer", nullable: false),
                    labelfr = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    labelen = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    isretired = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_questionoptions", x => x.id);
                    table.ForeignKey(
                        name: "fk_questionoptions_questions_questionid",
                        column: x => x.questionid,
                        principalTable: "questions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_answers_questionid",
                table: "answers",
                column: "questionid");

            migrationBuilder.CreateIndex(
                name: "ix_answers_registrationid_questionid",
                table: "answers",
                columns: new[] { "registrationid", "questionid" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_questionoptions_questionid_position",
                table: "questionoptions",
                columns: new[] { "questionid", "position" });

            migrationBuilder.CreateIndex(
                name: "ix_questions_eventid_position",
                table: "questions",
                columns: new[] { "eventid", "position" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "answers");

            migrationBuilder.DropTable(
                name: "questionoptions");

            migrationBuilder.DropTable(
                name: "questions");
        }
    }
}
