package ru.otklik.dev;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.arc.profile.IfBuildProfile;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.problem.ProblemType;

/**
 * Dev mode only: loads a year of synthetic appeals at the scale of the seed's report (35 253), so that statistics can
 * be tried on something like a real year ({@code dev/generate-year.sql} says what the rows look like). Never run by
 * itself: it takes seconds, too slow for every start. Removed at build time from every other profile, and the SQL file
 * is not packaged.
 */
@Path("/dev/generated-appeals")
@IfBuildProfile("dev")
@Tag(name = "dev")
public class DevAppealGenerator {

    static final String SCRIPT = "dev/generate-year.sql";
    private static final Logger LOG = Logger.getLogger(DevAppealGenerator.class);

    private final Pool pool;

    public DevAppealGenerator(Pool pool) {
        this.pool = pool;
    }

    // schema by its properties only: a class-level @Schema would put it into the production document too
    public record Generated(@Schema(required = true, example = "2025") int year, @Schema(required = true, example = "35253") int appeals) {
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "generateAppeals", summary = "Load a year of synthetic appeals (dev mode only)",
            description = "A year of appeals at the scale of the annual report, for trying statistics; 409 when the year has appeals already.")
    public Uni<Generated> generate(@RestQuery @DefaultValue("0") int year, @RestQuery @DefaultValue("35253") int appeals) {
        int thisYear = LocalDate.now(ZoneId.of("Asia/Irkutsk")).getYear();
        int chosen = year == 0 ? thisYear - 1 : year;
        if (chosen > thisYear || appeals < 1 || appeals > 1_000_000) {
            throw ApiException.invalid(chosen > thisYear ? "year" : "appeals", "dev.generator.arguments");
        }
        // its deadlines and answers run into the next year: both must be in the production calendar
        return pool.preparedQuery("select is_working_day(make_date($1, 1, 1)) is not null "
                + "and is_working_day(make_date($1 + 1, 12, 31)) is not null as covered")
                .execute(Tuple.of(chosen))
                .chain(rows -> {
                    if (!rows.iterator().next().getBoolean("covered")) {
                        throw ApiException.invalid("year", "dev.generator.calendar", Integer.toString(chosen));
                    }
                    return pool.preparedQuery(script()).execute(Tuple.of(chosen, appeals));
                })
                .map(rows -> {
                    if (rows.rowCount() == 0) {
                        throw new ApiException(ProblemType.CONFLICT, "dev.generator.loaded", Integer.toString(chosen));
                    }
                    LOG.infof("Generated %d synthetic appeals of %d", rows.rowCount(), chosen);
                    return new Generated(chosen, rows.rowCount());
                });
    }

    static String script() {
        try (InputStream in = DevAppealGenerator.class.getClassLoader().getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + SCRIPT);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
