package io.postgate.content;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Platforms in JSON are their ids, and the variants Contents stored with enum names still read back. */
class PlatformJsonTests {

	private final ObjectMapper json = new ObjectMapper();

	private static final TypeReference<EnumMap<Platform, Variant>> STORED_VARIANTS = new TypeReference<>() {
	};

	@Test
	void platformIsWrittenAsItsId() throws Exception {
		assertThat(json.writeValueAsString(List.of(Platform.WEIBO, Platform.XIAOHONGSHU))).isEqualTo("[\"weibo\",\"xiaohongshu\"]");
	}

	@Test
	void variantsAreWrittenWithPlatformIdsAndReadBack() throws Exception {
		Map<Platform, Variant> variants = new EnumMap<>(Platform.class);
		variants.put(Platform.WEIBO, new Variant("Title for Weibo", "Body for Weibo"));
		variants.put(Platform.X, new Variant(null, "Short body"));

		String stored = json.writeValueAsString(variants);

		assertThat(stored).contains("\"weibo\":").contains("\"x\":").doesNotContain("WEIBO");
		assertThat(json.readValue(stored, STORED_VARIANTS)).isEqualTo(variants);
	}

	@Test
	void variantsStoredWithEnumNamesStillRead() throws Exception {
		String storedBefore = "{\"WEIBO\":{\"title\":\"T\",\"body\":\"B\"},\"WECHAT\":{\"body\":\"W\"}}";

		Map<Platform, Variant> read = json.readValue(storedBefore, STORED_VARIANTS);

		assertThat(read).containsOnlyKeys(Platform.WEIBO, Platform.WECHAT);
		assertThat(read.get(Platform.WEIBO)).isEqualTo(new Variant("T", "B"));
		assertThat(read.get(Platform.WECHAT).body()).isEqualTo("W");
	}

	@Test
	void platformsAreReadFromIdsOrNames() throws Exception {
		assertThat(json.readValue("[\"weibo\",\"DOUYIN\"]", new TypeReference<Set<Platform>>() {
		})).containsExactlyInAnyOrder(Platform.WEIBO, Platform.DOUYIN);
	}

	@Test
	void unknownPlatformIsRejected() {
		assertThatThrownBy(() -> json.readValue("\"myspace\"", Platform.class)).isInstanceOf(ValueInstantiationException.class)
				.hasMessageContaining("myspace");
	}
}
