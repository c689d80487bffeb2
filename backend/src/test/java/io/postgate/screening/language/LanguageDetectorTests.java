package io.postgate.screening.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LanguageDetectorTests {

	private final LanguageDetector detector = new LanguageDetector();

	static Stream<Arguments> texts() {
		return Stream.of(
				Arguments.of("Slow Sunday mornings look like this.", "en-US"),
				Arguments.of("周末早上给自己泡了一壶茶。", "zh-CN"),
				Arguments.of("NorthwindGo下单演示\n三十秒学会用NorthwindGo点茶：打开应用，选好茶饮。", "zh-CN"),
				Arguments.of("更多冲泡建议：https://northwindtea.example/guide/jasmine-pearl-brewing-notes", "zh-CN"),
				Arguments.of("联系我们：customer.service.team@northwindtea.example #NorthwindTeaLovers", "zh-CN"),
				Arguments.of("Our new Shanghai store (上海店) opens on June 1.", "en-US"),
				Arguments.of("Say 你好 to our new Shanghai team, who will run the tasting room from June.", "en-US"),
				Arguments.of("Northwind Jasmine Pearl新品上市，欢迎品尝", "zh-CN"),
				Arguments.of("12345 !!! 🍵", "en-US"),
				Arguments.of("", "en-US"));
	}

	@ParameterizedTest
	@MethodSource("texts")
	void detectsChineseWhenHanCharactersOutnumberLatinWords(String text, String language) {
		assertThat(detector.detect(text)).isEqualTo(language);
	}
}
