package bench.minimal;

import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** One JSON endpoint: what every REST application has at least. */
@Path("/hello")
public class Hello {

    @GET
    public Map<String, String> hello() {
        return Map.of("hello", "world");
    }
}
