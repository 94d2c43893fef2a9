package org.accord.core.infrastructure;

import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The aggregate cache holds its entries strongly (a collection does not clear them), drops the
 * least recently used beyond its capacity, and tells its listeners what happened.
 */
class BoundedAggregateCacheTest {

    @Test
    void an_entry_survives_a_collection_when_nothing_else_references_it() {
        BoundedAggregateCache cache = new BoundedAggregateCache(4);
        cache.put("c5-security-charter", new Object());

        System.gc(); // the weak-reference cache lost its entry here

        assertThat((Object) cache.get("c5-security-charter")).isNotNull();
    }

    @Test
    void beyond_its_capacity_the_least_recently_used_entry_is_dropped() {
        BoundedAggregateCache cache = new BoundedAggregateCache(2);
        List<Object> expired = new ArrayList<>();
        cache.registerCacheEntryListener(new Cache.EntryListenerAdapter() {
            @Override
            public void onEntryExpired(Object key) {
                expired.add(key);
            }
        });
        cache.put("a", 1);
        cache.put("b", 2);
        cache.get("a"); // b is now the least recently used
        cache.put("c", 3);

        assertThat(cache.containsKey("a")).isTrue();
        assertThat(cache.containsKey("b")).isFalse();
        assertThat(cache.containsKey("c")).isTrue();
        assertThat(cache.size()).isEqualTo(2);
        assertThat(expired).containsExactly("b");
    }

    @Test
    void put_if_absent_compute_and_remove_behave_as_axon_expects() {
        BoundedAggregateCache cache = new BoundedAggregateCache(8);
        assertThat(cache.putIfAbsent("a", 1)).isTrue();
        assertThat(cache.putIfAbsent("a", 2)).isFalse();
        assertThat((Integer) cache.get("a")).isEqualTo(1);

        assertThat((Integer) cache.computeIfAbsent("b", () -> 5)).isEqualTo(5);
        assertThat((Integer) cache.computeIfAbsent("b", () -> 6)).isEqualTo(5);
        cache.<Integer>computeIfPresent("b", value -> value + 1);
        assertThat((Integer) cache.get("b")).isEqualTo(6);
        cache.<Integer>computeIfPresent("b", value -> null);
        assertThat(cache.containsKey("b")).isFalse();

        cache.put("a", null);
        assertThat(cache.containsKey("a")).isFalse();
        assertThat(cache.remove("a")).isFalse();

        cache.put("x", 1);
        cache.put("y", 2);
        cache.removeAll();
        assertThat(cache.size()).isZero();
    }

    @Test
    void a_cache_must_hold_at_least_one_aggregate() {
        assertThatThrownBy(() -> new BoundedAggregateCache(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
